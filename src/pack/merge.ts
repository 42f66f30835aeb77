/**
 * Merging an imported book into one already on the device, as a plan the user sees before
 * anything is written. Pure. Records match by id (ids are random, so equal ids mean the same
 * record from an earlier export): equal content is "same", different content is "differ" and
 * the existing record is kept. Photos also match by SHA-256, so the same picture is never
 * stored twice; references to such a duplicate are pointed at the existing photo.
 */
import type { Entry, NetworkSnapshot, Person, Photo } from '@/domain';
import type { BookData } from './types';

export interface RecordDiff<T> {
  id: string;
  existing: T;
  incoming: T;
  /** Top-level fields that differ (bookId is ignored). */
  fields: string[];
}

export interface DuplicatePhoto {
  incoming: Photo;
  existingId: string;
  /** Links the incoming photo had that the kept one lacks; the commit adds them to it. */
  addLinks: { entryIds: string[]; personIds: string[] };
}

export interface MergePlan {
  /** New records, ready to store: `bookId` is the existing book's, photo ids already remapped. */
  add: { entries: Entry[]; people: Person[]; snapshots: NetworkSnapshot[] };
  same: { entries: string[]; people: string[]; snapshots: string[]; photos: string[] };
  differ: {
    entries: RecordDiff<Entry>[];
    people: RecordDiff<Person>[];
    snapshots: RecordDiff<NetworkSnapshot>[];
    photos: RecordDiff<Photo>[];
  };
  photos: {
    /** New photos whose bytes are to be stored (under their own id). */
    addNew: Photo[];
    duplicateBySha: DuplicatePhoto[];
  };
  /** Incoming photo id → the id it has in the merged book (duplicates only). */
  photoIdMap: Map<string, string>;
  /** Cover and details fields that differ; the existing book's are kept. */
  bookDiffers: string[];
}

type Json = unknown;

/** Deep equality of JSON-like values; object key order does not matter. */
export function sameJson(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  }
  const ra = a as Record<string, Json>;
  const rb = b as Record<string, Json>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson(ra[k], rb[k]));
}

function differingFields(a: object, b: object, ignore: readonly string[] = ['bookId']): string[] {
  const ra = a as Record<string, Json>;
  const rb = b as Record<string, Json>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  return [...keys].filter((k) => !ignore.includes(k) && !sameJson(ra[k], rb[k])).sort();
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** Fields that describe one device's storage, never the record: a pack does not carry them. */
const STORAGE_ONLY = ['bookId', 'chunks', 'thumbless'];

function classify<T extends { id: string; bookId: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  bookId: string,
) {
  const have = byId(existing);
  const add: T[] = [];
  const same: string[] = [];
  const differ: RecordDiff<T>[] = [];
  for (const r of incoming) {
    const old = have.get(r.id);
    if (!old) add.push({ ...r, bookId });
    else {
      const fields = differingFields(old, r, STORAGE_ONLY);
      if (fields.length === 0) same.push(r.id);
      else differ.push({ id: r.id, existing: old, incoming: r, fields });
    }
  }
  return { add, same, differ };
}

export function planMerge(existing: BookData, incoming: BookData): MergePlan {
  const bookId = existing.book.id;
  const photos = classify(existing.photos, incoming.photos, bookId);
  const bySha = new Map(existing.photos.map((p) => [p.sha256, p.id]));
  const existingPhotos = byId(existing.photos);
  const photoIdMap = new Map<string, string>();
  const addNew: Photo[] = [];
  const duplicateBySha: DuplicatePhoto[] = [];
  for (const p of photos.add) {
    const twin = bySha.get(p.sha256);
    if (twin === undefined) {
      addNew.push(p);
      bySha.set(p.sha256, p.id); // two incoming copies of one picture: keep the first
      continue;
    }
    photoIdMap.set(p.id, twin);
    const kept = existingPhotos.get(twin) ?? addNew.find((x) => x.id === twin);
    duplicateBySha.push({
      incoming: p,
      existingId: twin,
      addLinks: {
        entryIds: p.entryIds.filter((id) => !kept?.entryIds.includes(id)),
        personIds: p.personIds.filter((id) => !kept?.personIds.includes(id)),
      },
    });
  }
  const remap = (id: string) => photoIdMap.get(id) ?? id;

  const entries = classify(existing.entries, incoming.entries, bookId);
  const people = classify(existing.people, incoming.people, bookId);
  const snapshots = classify(existing.snapshots, incoming.snapshots, bookId);
  return {
    add: {
      entries: entries.add.map((e) => ({ ...e, photoIds: unique(e.photoIds.map(remap)) })),
      people: people.add.map((p) =>
        p.portraitPhotoId === undefined ? p : { ...p, portraitPhotoId: remap(p.portraitPhotoId) },
      ),
      snapshots: snapshots.add,
    },
    same: {
      entries: entries.same,
      people: people.same,
      snapshots: snapshots.same,
      photos: photos.same,
    },
    differ: {
      entries: entries.differ,
      people: people.differ,
      snapshots: snapshots.differ,
      photos: photos.differ,
    },
    // A new voice note that belongs to a photo already in the book plays with that one.
    photos: {
      addNew: addNew.map((p) =>
        p.photoIds === undefined ? p : { ...p, photoIds: unique(p.photoIds.map(remap)) },
      ),
      duplicateBySha,
    },
    photoIdMap,
    bookDiffers: [
      ...differingFields(existing.book.cover, incoming.book.cover, []).map((f) => `cover.${f}`),
      ...differingFields(existing.book.details, incoming.book.details, []).map(
        (f) => `details.${f}`,
      ),
    ],
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
