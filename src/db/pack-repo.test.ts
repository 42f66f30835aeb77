import { createHash } from 'node:crypto';

import { MEDIA_CHUNK_BYTES } from '@/domain';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import {
  entryWrite,
  makeBook,
  makeEntry,
  makeMediaItem,
  makePhoto,
  storeEntry,
  storePhoto,
} from '@/testing/factories';
import { MeteredBlob, nonZeroBytes } from '@/testing/metered-blob';

import { bookActivity } from './book-activity';
import { deleteBook, updateDetails } from './books-repo';
import { db } from './connection';
import { StorageError } from './errors';
import {
  commitImport,
  discardStagedMedia,
  readBookContent,
  recordExport,
  stageImportMedia,
} from './pack-repo';
import { binPhotos, listBinnedPhotos } from './photos-bin';
import { addPhotos, listPhotos } from './photos-repo';
import { putRecords } from './records-repo';
import { requireKey } from './books-repo';

withFreshDatabase();

describe('book activity', () => {
  it('notes every change and every export, and forgets both with the book', async () => {
    const book = await makeBook();
    expect(await bookActivity(book.id)).toEqual({});
    await storeEntry(book.id);
    const afterEntry = (await bookActivity(book.id)).changedAt;
    expect(afterEntry).toEqual(expect.any(String));
    await storePhoto(book.id);
    await updateDetails(book.id, { autoLockMinutes: 5 });
    expect((await bookActivity(book.id)).changedAt! >= afterEntry!).toBe(true);

    await recordExport(book.id, '2026-11-23T10:00:00.000Z');
    expect((await bookActivity(book.id)).exportedAt).toBe('2026-11-23T10:00:00.000Z');
    await deleteBook(book.id);
    expect(await db().meta.get(`changed:${book.id}`)).toBeUndefined();
    expect(await db().meta.get(`exported:${book.id}`)).toBeUndefined();
  });
});

describe('commitImport', () => {
  it('never overwrites a record that belongs to another book, and writes nothing then', async () => {
    const other = await makeBook();
    const theirs = await storeEntry(other.id, { title: 'Not yours' });
    const mine = await makeBook();
    const before = await dumpAllStores();
    const error: unknown = await commitImport({
      bookId: mine.id,
      entries: [{ ...theirs, bookId: mine.id, title: 'Hijacked' }, makeEntry(mine.id)],
      people: [],
      snapshots: [],
      photos: [],
      photoUpdates: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    // Its own code: "try again" can never help here (the import page says what to do instead).
    expect((error as StorageError).code).toBe('foreign-ids');
    expect(await dumpAllStores()).toBe(before);
    expect((await readBookContent(other.id)).content.entries[0]?.title).toBe('Not yours');
  });

  it('reads back everything that is not in the bin', async () => {
    const book = await makeBook();
    const kept = makeEntry(book.id, { title: 'Kept' });
    const binned = makeEntry(book.id, { title: 'Binned', deletedAt: '2026-01-01T00:00:00.000Z' });
    await putRecords('entries', book.id, [
      entryWrite(kept),
      { ...entryWrite(binned), binned: true },
    ]);
    const { content, damaged } = await readBookContent(book.id);
    expect(content.entries.map((e) => e.title)).toEqual(['Kept']);
    expect(content.book.cover.nickname).toBe(book.cover.nickname);
    expect(damaged).toEqual([]);
  });

  it('leaves a binned item out of an export, and in the bin when a merge links it', async () => {
    const book = await makeBook();
    const kept = await makePhoto(book.id, {}, 'kept');
    const binned = await makePhoto(book.id, {}, 'binned');
    await addPhotos(book.id, [kept.item, binned.item]);
    await binPhotos(book.id, [binned.item.photo.id]);

    expect((await readBookContent(book.id)).content.photos.map((p) => p.id)).toEqual([
      kept.item.photo.id,
    ]);
    const withBin = (await readBookContent(book.id, { withBin: true })).content.photos;
    const stillBinned = withBin.find((p) => p.id === binned.item.photo.id);
    expect(stillBinned?.deletedAt).toEqual(expect.any(String));

    // A merge adds a link to the binned item: it must not come back into the gallery.
    const entry = makeEntry(book.id);
    await commitImport({
      bookId: book.id,
      entries: [entry],
      people: [],
      snapshots: [],
      photos: [],
      photoUpdates: [{ ...stillBinned!, entryIds: [entry.id] }],
    });
    expect((await listPhotos(book.id)).items.map((p) => p.id)).toEqual([kept.item.photo.id]);
    expect((await listBinnedPhotos(book.id)).items[0]?.entryIds).toEqual([entry.id]);
  });
});

describe('stageImportMedia', () => {
  const C = MEDIA_CHUNK_BYTES;
  const chunkRows = (itemId: string) => db().blobs.where('photoId').equals(itemId).count();

  it('reads a big item into one piece-sized buffer, never whole, and stores every piece', async () => {
    const book = await makeBook();
    const bytes = nonZeroBytes(2 * C + 5);
    const item = makeMediaItem(book.id, {
      kind: 'video',
      mime: 'video/mp4',
      byteLength: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    // Handed out 1 MiB a read, as a browser does: each 4 MiB piece takes four reads.
    const blob = new MeteredBlob(bytes, undefined, 1024 * 1024);
    const staged = await stageImportMedia(book.id, requireKey(book.id), item, blob);
    expect(staged.chunks).toBe(3);
    expect(await chunkRows(item.id)).toBe(3);
    const { meter } = blob;
    expect(meter.wholeReads).toEqual([]);
    expect(meter.streamed).toBe(bytes.length);
    expect(Math.max(...meter.asks)).toBeLessThanOrEqual(C);
    // Only the first piece's reads land in fresh memory: the buffer is filled again after.
    expect(meter.freshReads).toBe(C / (1024 * 1024));
    await discardStagedMedia(book.id, [staged]);
    expect(await chunkRows(item.id)).toBe(0);
  });

  it('keeps no piece of bytes that differ from the record', async () => {
    const book = await makeBook();
    const before = await dumpAllStores();
    const bytes = nonZeroBytes(C + 5);
    const item = makeMediaItem(book.id, { byteLength: bytes.length, sha256: '0'.repeat(64) });
    const error = await stageImportMedia(book.id, requireKey(book.id), item, new Blob([bytes]))
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'write-failed' });
    expect(await chunkRows(item.id)).toBe(0);
    expect(await dumpAllStores()).toBe(before);
  });
});
