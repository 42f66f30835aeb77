import { isSealed } from '@/domain';
import type { Entry, EntryKind, Person } from '@/domain';

export interface TimelineFilter {
  /** Empty means every kind. */
  kinds: readonly EntryKind[];
  personId?: string;
  /** Words the child typed; every word must be found somewhere in the entry. */
  query: string;
}

export const NO_FILTER: TimelineFilter = { kinds: [], query: '' };

export function isFiltering(f: TimelineFilter): boolean {
  return f.kinds.length > 0 || f.personId !== undefined || f.query.trim() !== '';
}

/** Case and width folded, so "SOFIE", "sofie" and "Ｓofie" match; letters like å stay å. */
function fold(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase();
}

export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/*
 * The searchable text of an entry, built once per decrypted object and only in memory: search
 * never writes an index anywhere. A sealed letter is found by its title only, so searching does
 * not open the envelope early.
 */
const haystacks = new WeakMap<Entry, { sealed: boolean; text: string }>();

function haystack(entry: Entry, people: ReadonlyMap<string, Person>, now: Date): string {
  const sealed = isSealed(entry.sealedUntil, now);
  const cached = haystacks.get(entry);
  if (cached?.sealed === sealed) return cached.text;
  const author = entry.author.kind === 'child' ? '' : (entry.author.name ?? '');
  const names = entry.personIds.map((id) => people.get(id)?.name ?? '');
  const parts = sealed
    ? [entry.title]
    : [entry.title, entry.text, entry.place ?? '', author, ...names];
  const text = fold(parts.join('\n'));
  haystacks.set(entry, { sealed, text });
  return text;
}

export function filterEntries(
  entries: readonly Entry[],
  filter: TimelineFilter,
  people: ReadonlyMap<string, Person>,
  now: Date = new Date(),
): Entry[] {
  const words = queryWords(filter.query);
  return entries.filter((e) => {
    if (filter.kinds.length > 0 && !filter.kinds.includes(e.kind)) return false;
    if (filter.personId !== undefined && !e.personIds.includes(filter.personId)) return false;
    if (words.length === 0) return true;
    const text = haystack(e, people, now);
    return words.every((w) => text.includes(w));
  });
}
