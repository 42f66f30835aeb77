import { fuzzySortKey } from './fuzzy-sort';
import type { Photo } from './types';

/*
 * The order of a book's records, worked out from the opened records. Nothing about a record's
 * date or kind is stored beside its ciphertext (a key like `0201405…` would tell anyone reading
 * the browser's storage that a home began in May 2014), so lists are sorted after decryption.
 */

/** Photos sort by when they were taken (unknown dates last), then by id: a total order. */
export function photoSortKey(photo: Pick<Photo, 'id' | 'takenAt'>): string {
  return fuzzySortKey(photo.takenAt) + photo.id;
}

/** Sorts by a precomputed string key (computed once per item, not once per comparison). */
export function sortByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: keyOf(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((k) => k.item);
}
