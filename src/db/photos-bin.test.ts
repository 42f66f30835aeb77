import { MEDIA_CHUNK_BYTES, type Photo } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makePhoto, makeMediaItem } from '@/testing/factories';

import { purgeBin } from './bin-repo';
import { db } from './connection';
import { StorageError } from './errors';
import { addMedia } from './media-repo';
import {
  binPhotos,
  countBinnedPhotos,
  deletePhotosForever,
  listBinnedPhotos,
  purgeBinnedPhotos,
  restorePhotos,
} from './photos-bin';
import { addPhotos, listPhotos, updatePhotos } from './photos-repo';
import { countRecords } from './records-repo';

withFreshDatabase();

const DAY = 24 * 60 * 60 * 1000;

/** A voice note stored in two sealed pieces, as a long recording is. */
async function addVoice(bookId: string): Promise<Photo> {
  const bytes = new Uint8Array(MEDIA_CHUNK_BYTES + 10).fill(7);
  return addMedia(bookId, makeMediaItem(bookId), new Blob([bytes], { type: 'audio/webm' }));
}

async function addPhoto(bookId: string, caption = 'At the playground'): Promise<Photo> {
  const made = await makePhoto(bookId, { caption }, caption);
  await addPhotos(bookId, [made.item]);
  return made.item.photo;
}

const ids = (list: { items: Photo[] }) => list.items.map((p) => p.id).sort();
const blobRoles = async (id: string) =>
  (await db().blobs.where('photoId').equals(id).toArray()).map((b) => b.role).sort();

describe('the bin for every kind of memory', () => {
  it('bins an item out of every live list and restores it whole', async () => {
    const book = await makeBook();
    const photo = await addPhoto(book.id);
    const voice = await addVoice(book.id);

    await binPhotos(book.id, [voice.id, photo.id], new Date('2025-06-01T12:00:00Z'));

    expect((await listPhotos(book.id)).items).toEqual([]);
    expect(await countRecords('photos', book.id)).toBe(0);
    expect(await countBinnedPhotos(book.id)).toBe(2);
    const binned = await listBinnedPhotos(book.id);
    expect(ids(binned)).toEqual([photo.id, voice.id].sort());
    expect(binned.items.every((p) => p.deletedAt === '2025-06-01T12:00:00.000Z')).toBe(true);
    // The bytes wait in the bin with the record.
    expect(await blobRoles(voice.id)).toEqual(['chunk', 'chunk']);

    await restorePhotos(book.id, [voice.id]);
    expect((await listPhotos(book.id)).items).toEqual([voice]);
    expect(await countBinnedPhotos(book.id)).toBe(1);
  });

  it('keeps a binned item in the bin when its details change', async () => {
    const book = await makeBook();
    const photo = await addPhoto(book.id);
    await binPhotos(book.id, [photo.id]);
    const [binned] = (await listBinnedPhotos(book.id)).items;
    if (!binned) throw new Error('not binned');

    await updatePhotos(book.id, [{ ...binned, caption: 'Changed' }]);

    expect((await listPhotos(book.id)).items).toEqual([]);
    expect((await listBinnedPhotos(book.id)).items.map((p) => p.caption)).toEqual(['Changed']);
  });

  it('deletes for ever only from the bin, with the picture, thumbnail and every piece', async () => {
    const book = await makeBook();
    const photo = await addPhoto(book.id);
    const voice = await addVoice(book.id);
    const kept = await addPhoto(book.id, 'Kept');

    await expect(deletePhotosForever(book.id, [voice.id])).rejects.toBeInstanceOf(StorageError);
    expect(await blobRoles(voice.id)).toEqual(['chunk', 'chunk']);

    await binPhotos(book.id, [photo.id, voice.id]);
    await deletePhotosForever(book.id, [photo.id, voice.id]);

    expect(await db().photos.bulkGet([photo.id, voice.id])).toEqual([undefined, undefined]);
    expect(await blobRoles(photo.id)).toEqual([]);
    expect(await blobRoles(voice.id)).toEqual([]);
    expect(await countBinnedPhotos(book.id)).toBe(0);
    expect((await listPhotos(book.id)).items).toEqual([kept]);
    expect(await blobRoles(kept.id)).toEqual(['original', 'thumb']);
  });

  it('purges what has lain in the bin for 30 days and keeps younger items', async () => {
    const book = await makeBook();
    const now = new Date('2025-06-01T12:00:00Z');
    const old = await addVoice(book.id);
    const recent = await addPhoto(book.id, 'Recent');
    const live = await addPhoto(book.id, 'Live');
    await binPhotos(book.id, [old.id], new Date(now.getTime() - 30 * DAY));
    await binPhotos(book.id, [recent.id], new Date(now.getTime() - 29 * DAY));

    expect(await purgeBinnedPhotos(book.id, now)).toBe(1);

    expect(await db().photos.get(old.id)).toBeUndefined();
    expect(await blobRoles(old.id)).toEqual([]);
    expect(ids(await listBinnedPhotos(book.id))).toEqual([recent.id]);
    expect((await listPhotos(book.id)).items).toEqual([live]);
    expect(await purgeBinnedPhotos(book.id, now)).toBe(0);
  });

  it('purges a photo with its print copy: no print row is left (issue 16)', async () => {
    const book = await makeBook();
    const now = new Date('2025-06-01T12:00:00Z');
    const made = await makePhoto(book.id, { width: 4000, height: 3000 }, 'Printed');
    await addPhotos(book.id, [{ ...made.item, print: new Blob(['print copy']) }]);
    const id = made.item.photo.id;
    expect(await blobRoles(id)).toEqual(['original', 'print', 'thumb']);
    await binPhotos(book.id, [id], new Date(now.getTime() - 30 * DAY));

    expect(await purgeBinnedPhotos(book.id, now)).toBe(1);

    expect(await blobRoles(id)).toEqual([]);
    expect(
      await db()
        .blobs.filter((b) => b.role === 'print')
        .count(),
    ).toBe(0);
  });

  it('purges entries and items alike when the book opens', async () => {
    const book = await makeBook();
    const old = await addPhoto(book.id);
    await binPhotos(book.id, [old.id], new Date('2000-01-01'));
    expect(await purgeBin(book.id)).toBe(1);
    expect(await countBinnedPhotos(book.id)).toBe(0);
  });

  it('counts the 30 days from the latest time an item was binned', async () => {
    const book = await makeBook();
    const photo = await addPhoto(book.id);
    await binPhotos(book.id, [photo.id], new Date('2000-01-01'));
    const seenRow = await db().photos.get(photo.id);
    await restorePhotos(book.id, [photo.id]);
    await binPhotos(book.id, [photo.id]);
    // Binned again just now: a new IV, and it is young, so nothing is purged.
    expect((await db().photos.get(photo.id))?.iv).not.toEqual(seenRow?.iv);
    expect(await purgeBinnedPhotos(book.id)).toBe(0);
    expect(await countBinnedPhotos(book.id)).toBe(1);
  });

  it('keeps another book’s bin out of reach', async () => {
    const a = await makeBook();
    const b = await makeBook();
    const voice = await addVoice(a.id);
    await binPhotos(a.id, [voice.id], new Date('2000-01-01'));

    expect(await purgeBin(b.id)).toBe(0);
    await expect(deletePhotosForever(b.id, [voice.id])).rejects.toBeInstanceOf(StorageError);
    await expect(binPhotos(b.id, [voice.id])).rejects.toBeInstanceOf(StorageError);
    await expect(restorePhotos(b.id, [voice.id])).rejects.toBeInstanceOf(StorageError);

    expect(ids(await listBinnedPhotos(a.id))).toEqual([voice.id]);
    expect(await blobRoles(voice.id)).toEqual(['chunk', 'chunk']);
  });
});
