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

/** Case and width folded, as the timeline's search does: "BREV" finds "Brev fra mor". */
function fold(s: string): string {
  return s.normalize('NFKC').toLocaleLowerCase();
}

/**
 * Items whose words hold every word of the query: the title, the child's caption, who gave it
 * and, given `nameOf`, the names of the people on it. Searched in memory over the opened list
 * only; nothing is indexed or written.
 */
export function searchItems<T extends Pick<Photo, 'title' | 'caption' | 'givenBy' | 'personIds'>>(
  items: readonly T[],
  query: string,
  nameOf: (personId: string) => string | undefined = () => undefined,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((p) => {
    const names = p.personIds.map(nameOf);
    const text = fold([p.title, p.caption, p.givenBy, ...names].filter(Boolean).join('\n'));
    return words.every((w) => text.includes(w));
  });
}
