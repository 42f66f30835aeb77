/**
 * The book's sections in reading order, shared by the HTML and the PDF so both tell the same
 * story: homes, schools, people by sector, a timeline grouped by year (with the child's age),
 * photos, letters, dreams.
 */
import { ageAt, entrySortKey, fuzzyParts, isPicture, mediaKindOf, resolveYear } from '@/domain';
import { SECTORS } from '@/domain';
import type { Entry, EntryKind, Person, Photo, Sector } from '@/domain';
import { orderPhotos } from '../names';
import type { DocText } from '../strings/strings';
import { dateText } from '../strings/strings';
import type { BookData } from '../types';

/** The map's order, clockwise from the top: the same in the app, the HTML and the PDF. */
export const SECTOR_ORDER: readonly Sector[] = SECTORS;

const TIMELINE_KINDS: readonly EntryKind[] = ['event', 'memory', 'leisure'];

export interface TimelineGroup {
  heading: string;
  entries: Entry[];
}

export interface BookOutline {
  homes: Entry[];
  schools: Entry[];
  timeline: TimelineGroup[];
  letters: Entry[];
  dreams: Entry[];
  peopleBySector: { sector: Sector; people: Person[] }[];
  /** Pictures: photos and drawings (shown wherever photos show). */
  photos: Photo[];
  /** Voice notes, videos and papers: played or opened, and listed in the documents. */
  media: Photo[];
  /** 1-based place of each item in `photos` (or `media`), for "Photo 12" without a caption. */
  photoNumber: ReadonlyMap<string, number>;
  peopleById: ReadonlyMap<string, Person>;
  photosById: ReadonlyMap<string, Photo>;
}

const collator = new Intl.Collator(['da', 'en'], { sensitivity: 'base', numeric: true });

export function outlineBook(data: BookData, t: DocText): BookOutline {
  const birth = data.book.details.birthDate;
  const sorted = [...data.entries].sort((a, b) => {
    const ka = entrySortKey(a, birth);
    const kb = entrySortKey(b, birth);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  const ofKind = (...kinds: EntryKind[]) => sorted.filter((e) => kinds.includes(e.kind));
  const people = [...data.people].sort(
    (a, b) =>
      a.closeness - b.closeness || collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  const ordered = orderPhotos(data.photos);
  const photos = ordered.filter((p) => isPicture(mediaKindOf(p)));
  const media = ordered.filter((p) => !isPicture(mediaKindOf(p)));
  return {
    homes: ofKind('home'),
    schools: ofKind('school'),
    timeline: groupByYear(ofKind(...TIMELINE_KINDS), t),
    letters: ofKind('letter'),
    dreams: ofKind('dream'),
    peopleBySector: SECTOR_ORDER.map((sector) => ({
      sector,
      people: people.filter((p) => p.sector === sector),
    })).filter((g) => g.people.length > 0),
    photos,
    media,
    // Pictures are numbered together, every other kind on its own ("Photo 3", "Video 1").
    photoNumber: numberItems(photos, media),
    peopleById: new Map(data.people.map((p) => [p.id, p])),
    photosById: new Map(data.photos.map((p) => [p.id, p])),
  };
}

/** Entries are already in date order, so a group starts wherever the heading changes. */
function groupByYear(entries: readonly Entry[], t: DocText): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  for (const e of entries) {
    const heading = yearHeading(e, t);
    const last = groups.at(-1);
    if (last?.heading === heading) last.entries.push(e);
    else groups.push({ heading, entries: [e] });
  }
  return groups;
}

function yearHeading(e: Entry, t: DocText): string {
  const when = e.date ?? e.period?.start;
  if (!when) return t.s.noDate;
  const year = resolveYear(when, t.birth);
  if (year !== undefined) {
    const age = t.birth ? ageAt(t.birth, { year }) : undefined;
    if (age === undefined) return String(year);
    return age === 0 ? t.s.yearBorn(year) : t.s.yearTurned(year, age);
  }
  const { age } = fuzzyParts(when);
  return age === undefined ? t.s.noDate : dateText(t, { age });
}

function numberItems(pictures: readonly Photo[], media: readonly Photo[]): Map<string, number> {
  const numbers = new Map(pictures.map((p, i) => [p.id, i + 1]));
  const perKind = new Map<string, number>();
  for (const item of media) {
    const n = (perKind.get(mediaKindOf(item)) ?? 0) + 1;
    perKind.set(mediaKindOf(item), n);
    numbers.set(item.id, n);
  }
  return numbers;
}
