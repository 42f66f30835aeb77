import { openToBlob, sealBlob } from '../crypto/seal';
import type { Photo } from '../domain/types';

import { db, writableDb } from './connection';
import type { BlobRow, SealedRow } from './database';
import { StorageError, toStorageError } from './errors';
import { requireKey } from './books-repo';
import { aadFor, sealValue } from './sealing';
import { trackObjectUrl } from './session';

export interface NewPhoto {
  photo: Photo;
  original: Blob;
  thumb: Blob;
  sortKey: string;
}

function blobId(photoId: string, role: BlobRow['role']): string {
  return `${photoId}:${role}`;
}

async function sealPhoto(
  bookId: string,
  p: NewPhoto,
): Promise<{ row: SealedRow; blobs: BlobRow[] }> {
  const key = requireKey(bookId);
  const id = p.photo.id;
  const blobs = await Promise.all(
    (['original', 'thumb'] as const).map(async (role) => {
      const bid = blobId(id, role);
      const sealed = await sealBlob(
        key,
        role === 'original' ? p.original : p.thumb,
        aadFor('blobs', bookId, bid),
      );
      // The ciphertext goes in as a Blob so Chromium can keep it as a file rather than in the heap.
      return { id: bid, bookId, photoId: id, role, iv: sealed.iv, ct: new Blob([sealed.ct]) };
    }),
  );
  const row: SealedRow = {
    id,
    bookId,
    sortKey: p.sortKey,
    kind: 'photo',
    binned: 0,
    ...(await sealValue(key, 'photos', bookId, id, p.photo)),
  };
  return { row, blobs };
}

/** Stores photos with their bytes in one transaction: a photo is never half-stored. */
export async function addPhotos(bookId: string, photos: NewPhoto[]): Promise<void> {
  const sealed: { row: SealedRow; blobs: BlobRow[] }[] = [];
  for (const p of photos) sealed.push(await sealPhoto(bookId, p));
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.photos, d.blobs], async () => {
      await d.photos.bulkPut(sealed.map((s) => s.row));
      await d.blobs.bulkPut(sealed.flatMap((s) => s.blobs));
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function readPhotoBlob(
  bookId: string,
  photoId: string,
  role: BlobRow['role'],
  mime: string,
): Promise<Blob> {
  const key = requireKey(bookId);
  const row = await db().blobs.get(blobId(photoId, role));
  if (row?.bookId !== bookId) throw new StorageError('not-found');
  const ct = await row.ct.arrayBuffer();
  return openToBlob(key, { iv: row.iv, ct }, aadFor('blobs', bookId, row.id), mime);
}

/** An object URL for showing a photo; revoked automatically when the book locks. */
export async function photoUrl(
  bookId: string,
  photoId: string,
  role: BlobRow['role'],
  mime: string,
): Promise<string> {
  return trackObjectUrl(bookId, await readPhotoBlob(bookId, photoId, role, mime));
}

export async function deletePhotos(bookId: string, ids: string[]): Promise<void> {
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.photos, d.blobs], async () => {
      await d.photos.bulkDelete(ids);
      await d.blobs
        .where('photoId')
        .anyOf(ids)
        .filter((b) => b.bookId === bookId)
        .delete();
    });
  } catch (e) {
    throw toStorageError(e);
  }
}
