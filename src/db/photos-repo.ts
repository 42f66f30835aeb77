import { openToBlob, seal, sealBlob } from '@/crypto';
import { nowIso } from '@/domain';
import type { Photo } from '@/domain';

import { db, writableDb } from './connection';
import type { BlobRow, SealedRow } from './database';
import { StorageError, toStorageError } from './errors';
import { requireKey } from './books-repo';
import { aadFor, sealValue } from './sealing';
import { putRecords, listRecords, type RecordList, type RecordWrite } from './records-repo';
import { trackObjectUrl } from './session';
import { touchBook } from './book-activity';
import { deleteBookPhotoRows } from './photo-rows';
import { notePhotosAdded } from './import-journal';

/** Bytes sealed elsewhere (an import worker) with `photoBlobAad`: stored as they are. */
export interface SealedPart {
  iv: Uint8Array;
  ct: Blob;
}

export type NewPhoto = {
  photo: Photo;
} & (
  | {
      /** A Blob, or the bytes themselves. */
      original: Blob | Uint8Array;
      thumb: Blob;
      /** The print copy (`drawPictures`); none for a picture no larger than print size. */
      print?: Blob | undefined;
    }
  | {
      /**
       * Sealed in an import worker, so no photo-sized buffer passes the main thread (their
       * garbage collection made long tasks). Each part must be sealed with `photoBlobAad`.
       */
      sealed: { original: SealedPart; thumb: SealedPart; print?: SealedPart | undefined };
    }
);

/** The additional data a photo's bytes are sealed with: binds them to this photo and role. */
export function photoBlobAad(bookId: string, photoId: string, role: BlobRow['role']): string {
  return aadFor('blobs', bookId, blobId(photoId, role));
}

/** Photos sort by when they were taken (unknown dates last), then by id: a total order. */
export { photoSortKey } from '@/domain';

function sealBytes(key: CryptoKey, data: Blob | Uint8Array, aad: string) {
  return data instanceof Uint8Array ? seal(key, data, aad) : sealBlob(key, data, aad);
}

/** The rows of a stored picture: its bytes, its thumbnail and (if it has one) its print copy. */
export const PICTURE_ROLES = ['original', 'thumb', 'print'] as const;

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
    PICTURE_ROLES.flatMap((role): Promise<BlobRow>[] => {
      const bid = blobId(id, role);
      if ('sealed' in p) {
        const part = p.sealed[role];
        return part ? [Promise.resolve({ id: bid, bookId, photoId: id, role, ...part })] : [];
      }
      const clear = p[role];
      if (!clear) return [];
      return [
        sealBytes(key, clear, aadFor('blobs', bookId, bid)).then((sealed) => ({
          id: bid,
          bookId,
          photoId: id,
          role,
          iv: sealed.iv,
          // A Blob, so Chromium can keep the ciphertext as a file rather than in the heap.
          ct: new Blob([sealed.ct]),
        })),
      ];
    }),
  );
  const row: SealedRow = {
    id,
    bookId,
    binned: 0,
    ...(await sealValue(key, 'photos', bookId, id, p.photo)),
  };
  return { row, blobs };
}

/**
 * Stores photos with their bytes in one transaction: a photo is never half-stored. With a
 * `journal` (a running import's note), their ids go into the note in the same transaction.
 */
export async function addPhotos(
  bookId: string,
  photos: NewPhoto[],
  opts: { journal?: string } = {},
): Promise<void> {
  const sealed: { row: SealedRow; blobs: BlobRow[] }[] = [];
  for (const p of photos) sealed.push(await sealPhoto(bookId, p));
  try {
    const d = await writableDb();
    const at = nowIso();
    await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      await d.photos.bulkPut(sealed.map((s) => s.row));
      await d.blobs.bulkPut(sealed.flatMap((s) => s.blobs));
      // The note first: it compares the book's "changed" time with the one it left last.
      if (opts.journal) {
        await notePhotosAdded(
          d,
          opts.journal,
          sealed.map((s) => s.row.id),
          at,
        );
      }
      await touchBook(d, bookId, at);
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
    await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      await touchBook(d, bookId);
      await deleteBookPhotoRows(d, bookId, ids);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The row for an item of any kind: only the bin flag is stored beside the ciphertext. */
export function photoWrite(photo: Photo): RecordWrite<Photo> {
  return { value: photo, binned: photo.deletedAt !== undefined };
}

/** Every live photo of a book (not the bin; metadata only, never the bytes), in photo order. */
export function listPhotos(bookId: string): Promise<RecordList<Photo>> {
  return listRecords<Photo>('photos', bookId);
}

/**
 * Saves changed photo metadata (caption, people, date, hidden). The bytes are untouched; lists
 * sort after opening, so a photo whose date changed moves to its new place in the gallery.
 */
export async function updatePhotos(bookId: string, photos: Photo[]): Promise<void> {
  // The bin flag follows `deletedAt`: changing a binned item's caption keeps it in the bin.
  await putRecords('photos', bookId, photos.map(photoWrite));
}
