/**
 * What goes into a pack. Pure: the review screen calls it to show the counts, the writer gets
 * its result. Rules (docs/pack-format.md, "What is left out"):
 *
 * - Binned records (`deletedAt`) are never exported: for the child they are deleted. They are not
 *   counted in `leftOut`.
 * - `only-me` entries are left out unless chosen.
 * - A protected home keeps its entry but loses its `place` (the secret address) unless chosen.
 * - Hidden photos are left out unless chosen.
 * - A photo whose only links are to left-out "only me" entries is private too and is left out
 *   with them (`leftOut.onlyMePhotos`), unless it is a portrait or the "me now" photo.
 * - Every reference to something not exported is removed, including references that were
 *   already dangling in the database, so the pack always passes the reader's reference check.
 */
import type { Entry, MeNow, NetworkSnapshot, Person, Photo } from '@/domain';
import type { BookData, ExportChoices, ExportSelection, LeftOut } from './types';

export const DEFAULT_EXPORT_CHOICES: ExportChoices = {
  includeOnlyMe: false,
  includeProtectedPlaces: false,
  includeHiddenPhotos: false,
};

/** The id a family link uses for the child whose book it is (the child is no Person). */
export const CHILD_LINK_ID = 'me';

export function selectForExport(
  input: BookData,
  choices: ExportChoices = DEFAULT_EXPORT_CHOICES,
): ExportSelection {
  const leftOut: LeftOut = { onlyMe: 0, protectedPlaces: 0, hiddenPhotos: 0, onlyMePhotos: 0 };

  const liveEntries = input.entries.filter((e) => e.deletedAt === undefined);
  const privateEntryIds = new Set<string>();
  const keptEntries: Entry[] = [];
  for (const e of liveEntries) {
    if (e.visibility === 'only-me' && !choices.includeOnlyMe) privateEntryIds.add(e.id);
    else keptEntries.push(e);
  }
  leftOut.onlyMe = privateEntryIds.size;

  const people = input.people.filter((p) => p.deletedAt === undefined);
  const personIds = new Set(people.map((p) => p.id));
  const keptPhotos = choosePhotos(input, keptEntries, privateEntryIds, choices, leftOut);
  const photoIds = new Set(keptPhotos.map((p) => p.id));
  const entryIds = new Set(keptEntries.map((e) => e.id));

  const entries = keptEntries.map((e) => {
    const out: Entry = {
      ...e,
      personIds: e.personIds.filter((id) => personIds.has(id)),
      photoIds: e.photoIds.filter((id) => photoIds.has(id)),
    };
    if (e.protected === true && e.place !== undefined && !choices.includeProtectedPlaces) {
      if (e.place.trim() !== '') leftOut.protectedPlaces += 1;
      delete out.place;
    }
    return out;
  });

  const { meNow } = input.book.details;
  const book = {
    ...input.book,
    details: { ...input.book.details, meNow: { ...meNow } },
  };
  if (meNow.photoId !== undefined && !photoIds.has(meNow.photoId))
    delete book.details.meNow.photoId;
  pruneVoiceIds(book.details.meNow, (id) => photoIds.has(id));

  return {
    data: {
      book,
      entries,
      people: people.map((p) => prunePerson(p, personIds, photoIds)),
      photos: keptPhotos.map((p) =>
        prunePhotoLinks(
          {
            ...p,
            personIds: p.personIds.filter((id) => personIds.has(id)),
            entryIds: p.entryIds.filter((id) => entryIds.has(id)),
          },
          (id) => photoIds.has(id),
        ),
      ),
      snapshots: input.snapshots.map((s) => pruneSnapshot(s, personIds)),
    },
    leftOut,
  };
}

function choosePhotos(
  input: BookData,
  keptEntries: readonly Entry[],
  privateEntryIds: ReadonlySet<string>,
  choices: ExportChoices,
  leftOut: LeftOut,
): Photo[] {
  // Photos a kept record points at stay, whatever else links them to private entries.
  const wanted = new Set<string>();
  for (const e of keptEntries) for (const id of e.photoIds) wanted.add(id);
  for (const p of input.people) {
    if (p.deletedAt === undefined && p.portraitPhotoId !== undefined) wanted.add(p.portraitPhotoId);
  }
  const meNowPhoto = input.book.details.meNow.photoId;
  if (meNowPhoto !== undefined) wanted.add(meNowPhoto);
  for (const id of Object.values(input.book.details.meNow.voiceIds ?? {})) wanted.add(id);

  const privateLinks = new Map<string, number>();
  for (const e of input.entries) {
    if (!privateEntryIds.has(e.id)) continue;
    for (const id of e.photoIds) privateLinks.set(id, (privateLinks.get(id) ?? 0) + 1);
  }
  const liveEntryIds = new Set(input.entries.filter((e) => !e.deletedAt).map((e) => e.id));

  const kept: Photo[] = [];
  for (const photo of input.photos) {
    if (photo.deletedAt !== undefined) continue;
    if (photo.hidden === true && !choices.includeHiddenPhotos) {
      leftOut.hiddenPhotos += 1;
      continue;
    }
    const linked = photo.entryIds.filter((id) => liveEntryIds.has(id));
    const onlyPrivate =
      (linked.length > 0 || privateLinks.has(photo.id)) &&
      linked.every((id) => privateEntryIds.has(id));
    if (onlyPrivate && !wanted.has(photo.id)) {
      leftOut.onlyMePhotos += 1;
      continue;
    }
    kept.push(photo);
  }
  return kept;
}

/** A voice note's photos that are not kept are no longer named (the voice note itself stays). */
function prunePhotoLinks(p: Photo, keep: (id: string) => boolean): Photo {
  if (p.photoIds === undefined) return p;
  return { ...p, photoIds: p.photoIds.filter(keep) };
}

/** "Me now" answers in the child's voice whose voice note is not kept are no longer named. */
function pruneVoiceIds(meNow: MeNow, keep: (id: string) => boolean): void {
  if (meNow.voiceIds === undefined) return;
  const kept = Object.fromEntries(Object.entries(meNow.voiceIds).filter(([, id]) => keep(id)));
  if (Object.keys(kept).length === 0) delete meNow.voiceIds;
  else meNow.voiceIds = kept;
}

function prunePerson(p: Person, personIds: ReadonlySet<string>, photoIds: ReadonlySet<string>) {
  const out: Person = {
    ...p,
    links: p.links.filter((l) => l.personId === CHILD_LINK_ID || personIds.has(l.personId)),
  };
  if (p.portraitPhotoId !== undefined && !photoIds.has(p.portraitPhotoId)) {
    delete out.portraitPhotoId;
  }
  return out;
}

function pruneSnapshot(s: NetworkSnapshot, personIds: ReadonlySet<string>): NetworkSnapshot {
  return { ...s, people: s.people.filter((x) => personIds.has(x.personId)) };
}

/**
 * The selection without some photos (unreadable while writing), with every reference to them
 * removed, so the pack stays consistent.
 */
export function withoutPhotos(data: BookData, photoIds: ReadonlySet<string>): BookData {
  if (photoIds.size === 0) return data;
  const keep = (id: string) => !photoIds.has(id);
  const { meNow } = data.book.details;
  const book = { ...data.book, details: { ...data.book.details, meNow: { ...meNow } } };
  if (meNow.photoId !== undefined && !keep(meNow.photoId)) delete book.details.meNow.photoId;
  pruneVoiceIds(book.details.meNow, keep);
  return {
    book,
    entries: data.entries.map((e) => ({ ...e, photoIds: e.photoIds.filter(keep) })),
    people: data.people.map((p) => {
      if (p.portraitPhotoId === undefined || keep(p.portraitPhotoId)) return p;
      const out = { ...p };
      delete out.portraitPhotoId;
      return out;
    }),
    photos: data.photos.filter((p) => keep(p.id)).map((p) => prunePhotoLinks(p, keep)),
    snapshots: data.snapshots,
  };
}
