import { isPastBin, nowIso } from '@/domain';
import type { Photo } from '@/domain';

import { touchBook } from './book-activity';
import { binnedRowsAsRead } from './bin-rows';
import { db, writableDb } from './connection';
import type { SealedRow } from './database';
import { StorageError, toStorageError } from './errors';
import { photoWrite } from './photos-repo';
import {
  getRecord,
  listRecords,
  openRecordRows,
  putRecords,
  readRecordRows,
  type RecordList,
} from './records-repo';

/*
 * The bin for every kind of memory (photos, drawings, voice notes, videos, papers): all are rows
 * of the `photos` table, so one bin holds them. Like an entry, a binned item keeps `deletedAt`
 * inside the sealed value and the clear `binned` flag beside it, so every live list (gallery,
 * slideshow, entries, people, Mig nu, the pack) skips it unopened. Its bytes stay until it is
 * deleted for ever or purged: a restore brings back the whole item.
 */

/** What lies in the bin, in photo order (the bin page sorts by when each was binned). */
export function listBinnedPhotos(bookId: string): Promise<RecordList<Photo>> {
  return listRecords<Photo>('photos', bookId, { binned: true });
}

/** How many items lie in the bin (read from the clear flag; nothing is decrypted). */
export function countBinnedPhotos(bookId: string): Promise<number> {
  return db().photos.where('[bookId+binned]').equals([bookId, 1]).count();
}

async function requirePhotos(bookId: string, ids: readonly string[]): Promise<Photo[]> {
  const photos = await Promise.all(ids.map((id) => getRecord<Photo>('photos', bookId, id)));
  return photos.map((p) => {
    if (!p) throw new StorageError('not-found');
    return p;
  });
}

/** Moves items to the bin, all or none; each can be restored for 30 days. */
export async function binPhotos(
  bookId: string,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<void> {
  const live = (await requirePhotos(bookId, ids)).filter((p) => p.deletedAt === undefined);
  if (live.length === 0) return;
  const at = nowIso(now);
  await putRecords(
    'photos',
    bookId,
    live.map((p) => photoWrite({ ...p, deletedAt: at })),
  );
}

/** Puts items back where they were: their links to entries, people and Mig nu never left. */
export async function restorePhotos(bookId: string, ids: readonly string[]): Promise<void> {
  const back = (await requirePhotos(bookId, ids)).map((p) => {
    const photo = { ...p };
    delete photo.deletedAt;
    return photo;
  });
  await putRecords('photos', bookId, back.map(photoWrite));
}

/**
 * Deletes binned items for good with all their bytes (picture, thumbnail, a big item's pieces),
 * but only rows still in the bin exactly as read: one restored meanwhile in another tab stays.
 */
async function deleteBinnedPhotoRows(bookId: string, seen: readonly SealedRow[]): Promise<number> {
  if (seen.length === 0) return 0;
  try {
    const d = await writableDb();
    return await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      const gone = (await binnedRowsAsRead(d.photos, bookId, seen)).map((r) => r.id);
      if (gone.length === 0) return 0;
      await d.photos.bulkDelete(gone);
      await d.blobs
        .where('photoId')
        .anyOf(gone)
        .filter((b) => b.bookId === bookId)
        .delete();
      await touchBook(d, bookId);
      return gone.length;
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** "Delete for ever" works only from the bin: nothing in the gallery disappears in one step. */
export async function deletePhotosForever(bookId: string, ids: readonly string[]): Promise<void> {
  const rows = await db().photos.bulkGet([...ids]);
  const binned = rows.filter((r) => r?.bookId === bookId && r.binned === 1);
  if (binned.length !== ids.length) throw new StorageError('not-found');
  await deleteBinnedPhotoRows(
    bookId,
    binned.flatMap((r) => r ?? []),
  );
}

/**
 * Deletes items that have lain in the bin for 30 days or more; returns how many went. One that
 * cannot be opened (damaged) or has no readable `deletedAt` stays, as in the entries' bin.
 */
export async function purgeBinnedPhotos(bookId: string, now: Date = new Date()): Promise<number> {
  const rows = await readRecordRows('photos', bookId, true);
  const { items } = await openRecordRows<Photo>('photos', bookId, rows);
  const due = new Set(items.filter((p) => isPastBin(p.deletedAt, now)).map((p) => p.id));
  return deleteBinnedPhotoRows(
    bookId,
    rows.filter((r) => due.has(r.id)),
  );
}
