import { MEDIA_KINDS, mediaKindOf, type MediaKind, type Photo } from '@/domain';

/** The gallery's chips: every kind, or one kind at a time. */
export type KindFilter = 'all' | MediaKind;

export type KindCounts = Record<KindFilter, number>;

/** How many items of each kind (and in all), so each chip can say how many it holds. */
export function countKinds(items: readonly Pick<Photo, 'kind'>[]): KindCounts {
  const counts: KindCounts = {
    all: items.length,
    photo: 0,
    drawing: 0,
    voice: 0,
    video: 0,
    paper: 0,
  };
  for (const item of items) counts[mediaKindOf(item)] += 1;
  return counts;
}

export function byKind<T extends Pick<Photo, 'kind'>>(
  items: readonly T[],
  filter: KindFilter,
): T[] {
  return filter === 'all' ? [...items] : items.filter((p) => mediaKindOf(p) === filter);
}

/**
 * The chips worth showing: none when the book holds one kind only (a chip would find nothing
 * new), otherwise "all" and each kind the book has, in a fixed order so they never jump about.
 */
export function kindChips(counts: KindCounts): KindFilter[] {
  const present = MEDIA_KINDS.filter((k) => counts[k] > 0);
  return present.length > 1 ? ['all', ...present] : [];
}
