import type { Sector } from './lists';

/**
 * Preset relations per sector. A chosen preset is stored as its key (so it reads right in
 * either language); anything else the child writes is stored as their own words.
 */
export const RELATION_PRESETS = {
  family: [
    'mother',
    'father',
    'brother',
    'sister',
    'half-brother',
    'half-sister',
    'step-brother',
    'step-sister',
    'step-mother',
    'step-father',
    'partner',
    'son',
    'daughter',
  ],
  relatives: [
    'grandmother-mothers-side',
    'grandfather-mothers-side',
    'grandmother-fathers-side',
    'grandfather-fathers-side',
    'aunt',
    'uncle',
    'cousin-female',
    'cousin-male',
  ],
  placement: [
    'foster-mother',
    'foster-father',
    'foster-sister',
    'foster-brother',
    'pedagogue',
    'relief-family',
  ],
  'school-work': ['teacher', 'classmate', 'daycare-pedagogue', 'colleague', 'boss'],
  leisure: ['coach', 'teammate', 'club-pedagogue', 'scout-leader'],
  friends: ['best-friend', 'friend', 'sweetheart', 'neighbour'],
  professionals: [
    'caseworker',
    'contact-person',
    'psychologist',
    'doctor',
    'support-person',
    'mentor',
  ],
} as const satisfies Record<Sector, readonly string[]>;

export type RelationKey = (typeof RELATION_PRESETS)[Sector][number];

const ALL_KEYS: ReadonlySet<string> = new Set(Object.values(RELATION_PRESETS).flat());

export function isRelationKey(v: string): v is RelationKey {
  return ALL_KEYS.has(v);
}

/** Relation labels of one language, keyed like `RELATION_PRESETS`. */
export type RelationLabels = Record<RelationKey, string>;

function fold(s: string): string {
  return s.trim().toLocaleLowerCase();
}

/**
 * The preset a stored relation stands for: its key, or words that are exactly a preset's label
 * in any language (the sample book and older books store "Mor" rather than "mother").
 */
export function relationPreset(
  relation: string,
  labels: readonly RelationLabels[],
): RelationKey | undefined {
  const text = relation.trim();
  if (isRelationKey(text)) return text;
  const folded = fold(text);
  if (folded === '') return undefined;
  for (const table of labels) {
    for (const [key, label] of Object.entries(table)) {
      if (fold(label) === folded && isRelationKey(key)) return key;
    }
  }
  return undefined;
}

/** What a relation reads as: the label of its preset, or the child's own words. */
export function relationText(relation: string, labels: RelationLabels): string {
  const text = relation.trim();
  return isRelationKey(text) ? labels[text] : text;
}
