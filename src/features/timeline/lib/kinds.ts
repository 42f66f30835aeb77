import { ENTRY_KINDS } from '@/domain';
import type { EntryKind } from '@/domain';

/** A picture per kind, so a child who does not read yet can choose. */
export const KIND_PICTURE: Readonly<Record<EntryKind, string>> = {
  home: '🏠',
  school: '🏫',
  leisure: '⚽',
  event: '🎉',
  memory: '💭',
  letter: '✉️',
  dream: '🌈',
};

const PERIOD_KINDS: readonly EntryKind[] = ['home', 'school', 'leisure'];

/** Homes, schools and clubs last a while (a period); everything else is a moment (a date). */
export function isPeriodKind(kind: EntryKind): boolean {
  return PERIOD_KINDS.includes(kind);
}

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (ENTRY_KINDS as readonly string[]).includes(value);
}

export type HomeSubKind =
  'birth-family' | 'foster-family' | 'kinship' | 'childrens-home' | 'own-flat' | 'other';
export type SchoolSubKind = 'daycare' | 'school' | 'education' | 'job';

export const HOME_SUB_KINDS: readonly HomeSubKind[] = [
  'birth-family',
  'foster-family',
  'kinship',
  'childrens-home',
  'own-flat',
  'other',
];
export const SCHOOL_SUB_KINDS: readonly SchoolSubKind[] = ['daycare', 'school', 'education', 'job'];

/** The sub-kinds offered for a kind, if any. */
export function subKindsOf(kind: EntryKind | undefined): readonly string[] {
  if (kind === 'home') return HOME_SUB_KINDS;
  if (kind === 'school') return SCHOOL_SUB_KINDS;
  return [];
}
