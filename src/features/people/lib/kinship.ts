import type { FamilyLink, Person } from '@/domain';

import { relationPreset, type RelationKey, type RelationLabels } from '@/domain';

/** The child whose book it is: not a Person record, but a node in every family graph. */
export const ME_ID = 'me';

export type SiblingKind = 'full' | 'half' | 'step';

/** One family relation between two nodes, stored or implied by a preset relation. */
export interface KinEdge {
  type: FamilyLink['type'];
  /** The parent for `parent-of`; either side for the symmetric types. */
  from: string;
  to: string;
  half?: boolean;
  step?: boolean;
  /** `stored`: a FamilyLink on a person; `relation`: implied by the relation "mother", etc. */
  source: 'stored' | 'relation';
  /** The person whose record holds a stored link. */
  ownerId?: string;
}

/** What a preset relation says about the child, in family-link terms (from the person's side). */
const IMPLIED: Partial<Record<RelationKey, Omit<FamilyLink, 'personId'> & { reverse?: true }>> = {
  mother: { type: 'parent-of' },
  father: { type: 'parent-of' },
  brother: { type: 'sibling-of' },
  sister: { type: 'sibling-of' },
  'half-brother': { type: 'sibling-of', half: true },
  'half-sister': { type: 'sibling-of', half: true },
  'step-brother': { type: 'sibling-of', step: true },
  'step-sister': { type: 'sibling-of', step: true },
  partner: { type: 'partner-of' },
  son: { type: 'parent-of', reverse: true },
  daughter: { type: 'parent-of', reverse: true },
};

const SIBLING_WORDS = /(bror|brødre|søster|søstre|søskende|brother|sister|sibling)/i;
const FOSTER_WORDS = /(pleje|foster)/i;
const HALF_WORDS = /(halv|half)/i;
const STEP_WORDS = /(sted|step|bonus|pap)/i;

/**
 * A sibling named in the child's own words ("Lillebror (halvbror)"). Foster siblings are left
 * to the placement sector: the guidance's "siblings" are brothers and sisters by birth or family.
 */
export function siblingFromWords(relation: string): SiblingKind | undefined {
  if (!SIBLING_WORDS.test(relation) || FOSTER_WORDS.test(relation)) return undefined;
  if (HALF_WORDS.test(relation)) return 'half';
  if (STEP_WORDS.test(relation)) return 'step';
  return 'full';
}

function edgeKey(e: Pick<KinEdge, 'type' | 'from' | 'to'>): string {
  if (e.type === 'parent-of') return `${e.type}:${e.from}>${e.to}`;
  const [a, b] = [e.from, e.to].sort();
  return `${e.type}:${a ?? ''}|${b ?? ''}`;
}

/**
 * Every family relation among the living people and the child: stored links first, then what
 * preset relations imply. Links to unknown or binned people and links to oneself are dropped,
 * and each relation appears once.
 */
export function kinEdges(people: readonly Person[], labels: readonly RelationLabels[]): KinEdge[] {
  const known = new Set<string>([ME_ID, ...people.map((p) => p.id)]);
  const seen = new Map<string, KinEdge>();
  const add = (e: KinEdge) => {
    if (e.from === e.to || !known.has(e.from) || !known.has(e.to)) return;
    const key = edgeKey(e);
    const had = seen.get(key);
    // A stored link wins over an implied one; otherwise the first that says half/step wins.
    if (!had || (had.source === 'relation' && e.source === 'stored')) seen.set(key, e);
  };
  for (const p of people) {
    for (const l of p.links) {
      add({
        type: l.type,
        from: p.id,
        to: l.personId,
        ...(l.half ? { half: true } : {}),
        ...(l.step ? { step: true } : {}),
        source: 'stored',
        ownerId: p.id,
      });
    }
  }
  for (const p of people) {
    const preset = relationPreset(p.relation, labels);
    const implied = preset ? IMPLIED[preset] : undefined;
    if (implied) {
      const { reverse, ...link } = implied;
      add({
        ...link,
        from: reverse ? ME_ID : p.id,
        to: reverse ? p.id : ME_ID,
        source: 'relation',
      });
    } else if (!preset) {
      const kind = siblingFromWords(p.relation);
      if (kind) {
        add({
          type: 'sibling-of',
          from: p.id,
          to: ME_ID,
          ...(kind === 'half' ? { half: true } : {}),
          ...(kind === 'step' ? { step: true } : {}),
          source: 'relation',
        });
      }
    }
  }
  return [...seen.values()];
}

export interface Sibling {
  person: Person;
  kind: SiblingKind;
}

function kindOf(e: Pick<KinEdge, 'half' | 'step'>): SiblingKind {
  if (e.step) return 'step';
  if (e.half) return 'half';
  return 'full';
}

/**
 * The child's siblings: linked as siblings (stored or by relation), or sharing a parent. Two
 * known parents of which one is shared make a half-sibling.
 */
export function siblingsOfMe(people: readonly Person[], edges: readonly KinEdge[]): Sibling[] {
  const parents = new Map<string, Set<string>>();
  for (const e of edges) {
    if (e.type !== 'parent-of') continue;
    const set = parents.get(e.to) ?? new Set<string>();
    set.add(e.from);
    parents.set(e.to, set);
  }
  const mine = parents.get(ME_ID) ?? new Set<string>();
  const out: Sibling[] = [];
  for (const person of people) {
    const link = edges.find(
      (e) =>
        e.type === 'sibling-of' &&
        ((e.from === person.id && e.to === ME_ID) || (e.to === person.id && e.from === ME_ID)),
    );
    if (link) {
      out.push({ person, kind: kindOf(link) });
      continue;
    }
    const theirs = parents.get(person.id) ?? new Set<string>();
    const shared = [...theirs].filter((id) => mine.has(id)).length;
    if (shared === 0) continue;
    const half = shared === 1 && mine.size >= 2 && theirs.size >= 2;
    out.push({ person, kind: half ? 'half' : 'full' });
  }
  return out;
}
