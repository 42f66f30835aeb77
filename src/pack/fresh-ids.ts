/**
 * Gives an imported book new ids throughout, for "import as a new book" on a device that
 * already holds the same book (or any record with the same id): ids are the primary keys of
 * the whole store, so the copy needs its own. Every reference follows: the walk replaces any
 * string equal to an old id. Ids are 22 random characters, so no text the child wrote can be
 * mistaken for one, and `'me'` (the child in family links) is never an id.
 */
import type { BookData } from './types';

export function allIds(data: BookData): string[] {
  return [
    data.book.id,
    ...data.entries.map((r) => r.id),
    ...data.people.map((r) => r.id),
    ...data.photos.map((r) => r.id),
    ...data.snapshots.map((r) => r.id),
  ];
}

function remap(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[ids.get(k) ?? k] = remap(v, ids);
    return out;
  }
  return value;
}

/** The same book under new ids; `idMap` tells the caller where each photo's bytes now belong. */
export function withFreshIds(
  data: BookData,
  newId: () => string,
): { data: BookData; idMap: Map<string, string> } {
  const idMap = new Map(allIds(data).map((id) => [id, newId()]));
  return { data: remap(data, idMap) as BookData, idMap };
}
