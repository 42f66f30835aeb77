import type { Photo } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makePhoto } from '@/testing/factories';

import { db } from './connection';
import { StorageError } from './errors';
import { addPhotos, deletePhotos, readPhotoBlob } from './photos-repo';
import { countRecords, listRecords } from './records-repo';
import { lockBook } from './session';

withFreshDatabase();

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Whether `needle` occurs anywhere in `haystack`. */
function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}

describe('photos', () => {
  it('stores the bytes sealed and gives back exactly the original bytes', async () => {
    const book = await makeBook();
    const made = await makePhoto(book.id, { mime: 'image/png' });
    await addPhotos(book.id, [made.item]);
    const id = made.item.photo.id;

    const stored = await db().blobs.where('photoId').equals(id).toArray();
    expect(stored.map((b) => b.role).sort()).toEqual(['original', 'thumb']);
    for (const row of stored) {
      const storedBytes = await bytesOf(row.ct);
      const plain = row.role === 'original' ? made.originalBytes : made.thumbBytes;
      // Not the picture, nor any recognisable part of it: the marker text starts at byte 4.
      expect(containsBytes(storedBytes, plain.subarray(0, 32))).toBe(false);
      expect(containsBytes(storedBytes, plain.subarray(64, 96))).toBe(false);
      // AES-GCM adds a 16-byte tag and nothing else.
      expect(storedBytes.length).toBe(plain.length + 16);
    }

    const original = await readPhotoBlob(book.id, id, 'original', 'image/png');
    expect(original.type).toBe('image/png');
    expect(await bytesOf(original)).toEqual(made.originalBytes);
    const thumb = await readPhotoBlob(book.id, id, 'thumb', 'image/png');
    expect(await bytesOf(thumb)).toEqual(made.thumbBytes);

    const { items } = await listRecords<Photo>('photos', book.id);
    expect(items).toEqual([made.item.photo]);
  });

  it('stores a print copy sealed in its own slot, and deletes it with the photo (issue 16)', async () => {
    const book = await makeBook();
    const made = await makePhoto(book.id, { width: 4000, height: 3000 });
    const print = new TextEncoder().encode('synthetic print copy');
    await addPhotos(book.id, [{ ...made.item, print: new Blob([print]) }]);
    const id = made.item.photo.id;

    const rows = await db().blobs.where('photoId').equals(id).toArray();
    expect(rows.map((b) => b.role).sort()).toEqual(['original', 'print', 'thumb']);
    const sealed = rows.find((r) => r.role === 'print');
    expect(sealed && containsBytes(await bytesOf(sealed.ct), print.subarray(0, 12))).toBe(false);
    const back = await readPhotoBlob(book.id, id, 'print', 'image/jpeg');
    expect(Array.from(await bytesOf(back))).toEqual(Array.from(print));

    await deletePhotos(book.id, [id]);
    expect(await db().blobs.where('photoId').equals(id).count()).toBe(0);
  });

  it('stores several photos at once', async () => {
    const book = await makeBook();
    const photos = await Promise.all([1, 2, 3].map((n) => makePhoto(book.id, {}, `photo-${n}`)));
    await addPhotos(
      book.id,
      photos.map((p) => p.item),
    );

    expect(await countRecords('photos', book.id)).toBe(3);
    expect(await db().blobs.count()).toBe(6);
    for (const p of photos) {
      const back = await readPhotoBlob(book.id, p.item.photo.id, 'original', 'image/jpeg');
      expect(await bytesOf(back)).toEqual(p.originalBytes);
    }
  });

  it('deletes a photo together with its bytes, and leaves the others', async () => {
    const book = await makeBook();
    const [gone, kept] = await Promise.all([makePhoto(book.id), makePhoto(book.id)]);
    await addPhotos(book.id, [gone.item, kept.item]);

    await deletePhotos(book.id, [gone.item.photo.id]);

    expect(await db().photos.get(gone.item.photo.id)).toBeUndefined();
    expect(await db().blobs.where('photoId').equals(gone.item.photo.id).count()).toBe(0);
    const error: unknown = await readPhotoBlob(
      book.id,
      gone.item.photo.id,
      'original',
      'image/jpeg',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('not-found');

    const { items } = await listRecords<Photo>('photos', book.id);
    expect(items.map((p) => p.id)).toEqual([kept.item.photo.id]);
    expect(await db().blobs.where('photoId').equals(kept.item.photo.id).count()).toBe(2);
  });

  it('does not give one book the photo of another', async () => {
    const a = await makeBook();
    const b = await makeBook();
    const made = await makePhoto(a.id);
    await addPhotos(a.id, [made.item]);

    await expect(
      readPhotoBlob(b.id, made.item.photo.id, 'original', 'image/jpeg'),
    ).rejects.toMatchObject({ code: 'not-found' });
    // Deleting "through" another book leaves the photo and its bytes alone.
    await deletePhotos(b.id, [made.item.photo.id]);
    expect(await db().blobs.where('photoId').equals(made.item.photo.id).count()).toBe(2);
    const { items } = await listRecords<Photo>('photos', a.id);
    expect(items.map((p) => p.id)).toEqual([made.item.photo.id]);
  });

  it('needs the book open to add or read photos', async () => {
    const book = await makeBook();
    const made = await makePhoto(book.id);
    await addPhotos(book.id, [made.item]);
    lockBook(book.id);

    await expect(
      readPhotoBlob(book.id, made.item.photo.id, 'original', 'image/jpeg'),
    ).rejects.toMatchObject({ code: 'book-locked' });
    await expect(addPhotos(book.id, [(await makePhoto(book.id)).item])).rejects.toMatchObject({
      code: 'book-locked',
    });
  });
});
