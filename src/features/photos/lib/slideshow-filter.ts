import { isPicture, mediaKindOf, type Entry, type Person, type Photo } from '@/domain';

export interface SlideshowFilter {
  year?: number;
  personId?: string;
  entryId?: string;
}

function linkedTo(photo: Photo, entry: Entry): boolean {
  return entry.photoIds.includes(photo.id) || photo.entryIds.includes(entry.id);
}

/**
 * Items that may come up when looking together: never a hidden one, and never one with someone
 * the child marked "don't show in slideshows" (trauma-aware resurfacing).
 */
function showableItems(items: readonly Photo[], people: readonly Person[]): Photo[] {
  const unshown = new Set(people.filter((p) => p.hideInSlideshows).map((p) => p.id));
  return items.filter((p) => !p.hidden && !p.personIds.some((id) => unshown.has(id)));
}

/** The slides: photos and drawings (sound, videos and papers are not pictures to look at). */
export function showablePhotos(photos: readonly Photo[], people: readonly Person[]): Photo[] {
  return showableItems(photos, people).filter((p) => isPicture(mediaKindOf(p)));
}

/**
 * For each photo or drawing, the voice note that belongs to it (the first, in item order) and
 * may be shown: it plays with its slide. A hidden voice note stays silent.
 */
export function voiceNotesByPhoto(
  items: readonly Photo[],
  people: readonly Person[],
): Map<string, Photo> {
  const out = new Map<string, Photo>();
  for (const item of showableItems(items, people)) {
    if (mediaKindOf(item) !== 'voice') continue;
    for (const id of item.photoIds ?? []) if (!out.has(id)) out.set(id, item);
  }
  return out;
}

export function slideshowPhotos(
  photos: readonly Photo[],
  people: readonly Person[],
  entries: readonly Entry[],
  filter: SlideshowFilter,
): Photo[] {
  const entry = filter.entryId ? entries.find((e) => e.id === filter.entryId) : undefined;
  return showablePhotos(photos, people).filter(
    (p) =>
      (filter.year === undefined || p.takenAt?.year === filter.year) &&
      (filter.personId === undefined || p.personIds.includes(filter.personId)) &&
      (filter.entryId === undefined || (entry !== undefined && linkedTo(p, entry))),
  );
}

export interface SlideshowChoices {
  years: number[];
  people: Person[];
  places: Entry[];
}

/** Only choices that lead to at least one showable photo; unshown people are never offered. */
export function slideshowChoices(
  photos: readonly Photo[],
  people: readonly Person[],
  entries: readonly Entry[],
): SlideshowChoices {
  const showable = showablePhotos(photos, people);
  const years = [
    ...new Set(showable.flatMap((p) => (p.takenAt?.year === undefined ? [] : [p.takenAt.year]))),
  ].sort((a, b) => a - b);
  const tagged = new Set(showable.flatMap((p) => p.personIds));
  return {
    years,
    people: people.filter((p) => !p.hideInSlideshows && !p.deletedAt && tagged.has(p.id)),
    places: entries.filter((e) => !e.deletedAt && showable.some((p) => linkedTo(p, e))),
  };
}
