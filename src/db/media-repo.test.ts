import { createHash } from 'node:crypto';

import { DamagedRecordError } from '@/crypto';
import { MEDIA_CHUNK_BYTES, newId, type Photo } from '@/domain';
import { dumpAllStores, simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makeMediaItem } from '@/testing/factories';
import { MeteredBlob } from '@/testing/metered-blob';

import { db } from './connection';
import { isDamaged, StorageError } from './errors';
import {
  beginImport,
  cleanStagedMedia,
  discardImport,
  forgetRunningImportsForTests,
  interruptedImports,
} from './import-journal';
import {
  addMedia,
  mediaChunkAad,
  mediaChunkId,
  openMediaStream,
  readMediaBlob,
  readMediaRange,
  readSealedChunk,
} from './media-repo';
import { deletePhotos } from './photos-repo';
import { listRecords } from './records-repo';
import { lockBook } from './session';
import { open } from '@/crypto';

withFreshDatabase();

const C = MEDIA_CHUNK_BYTES;

/** Bytes whose value depends on the position and a seed: a piece in the wrong place shows. */
function pattern(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) out[i] = (i * 7 + (i >>> 12) * 13 + seed * 31) & 0xff;
  return out;
}

function videoItem(bookId: string, overrides: Partial<Photo> = {}): Photo {
  const video = { kind: 'video', mime: 'video/mp4', width: 640, height: 360 } as const;
  return makeMediaItem(bookId, { ...video, ...overrides });
}

/** Byte equality without vitest's deep equality, which walks megabytes element by element. */
function expectBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length).toBe(expected.length);
  expect(Buffer.from(actual).equals(Buffer.from(expected))).toBe(true);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return new Uint8Array(Buffer.concat(parts));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

async function chunkRows(itemId: string) {
  return (await db().blobs.where('photoId').equals(itemId).toArray()).filter(
    (r) => r.role === 'chunk',
  );
}

describe('addMedia and reading back', () => {
  it.each([
    ['0 B', 0, 1],
    ['1 B', 1, 1],
    ['exactly one piece', C, 1],
    ['one piece and a byte', C + 1, 2],
    ['10 MiB', 10 * 1024 * 1024, 3],
  ])('stores %s sealed in pieces and gives back exactly the bytes', async (_n, size, pieces) => {
    const book = await makeBook();
    const clear = pattern(size);
    const item = videoItem(book.id);

    const stored = await addMedia(book.id, item, new Blob([clear], { type: 'video/mp4' }));

    expect(stored).toMatchObject({ id: item.id, byteLength: size, chunks: pieces });
    expect(stored.sha256).toBe(sha256(clear));
    expect((await listRecords<Photo>('photos', book.id)).items).toEqual([stored]);
    const rows = await chunkRows(item.id);
    expect(rows.map((r) => r.id)).toEqual(
      Array.from({ length: pieces }, (_, n) => mediaChunkId(item.id, n)),
    );
    for (const row of rows) {
      expect(row.ct).toBeInstanceOf(Blob);
      // AES-GCM adds a 16-byte tag; the stored bytes are not the clear ones.
      const ct = new Uint8Array(await row.ct.arrayBuffer());
      const n = rows.indexOf(row);
      const piece = clear.subarray(n * C, (n + 1) * C);
      expect(ct.length).toBe(piece.length + 16);
      if (piece.length >= 64)
        expect(Buffer.from(ct).includes(Buffer.from(piece.subarray(0, 64)))).toBe(false);
    }
    expectBytes(await readAll(openMediaStream(book.id, stored)), clear);
    const blob = await readMediaBlob(book.id, stored);
    expect(blob.type).toBe('video/mp4');
    expectBytes(new Uint8Array(await blob.arrayBuffer()), clear);
    expectBytes(await readMediaRange(book.id, stored, 0, size), clear);
    // No note is left behind.
    expect(await db().meta.where('key').startsWith('import:').count()).toBe(0);
  });

  it('reads ranges across the edges of pieces, opening only the pieces they lie in', async () => {
    const book = await makeBook();
    const size = 2 * C + 100;
    const clear = pattern(size, 3);
    const stored = await addMedia(book.id, videoItem(book.id), new Blob([clear]));
    const cases: [number, number][] = [
      [0, 1],
      [C - 10, C + 10],
      [C - 1, C],
      [C, C + 1],
      [2 * C - 1, 2 * C + 1],
      [10, 2 * C + 50],
      [size - 5, size],
    ];
    for (const [a, b] of cases) {
      expectBytes(await readMediaRange(book.id, stored, a, b), clear.subarray(a, b));
    }
    // Clamped to the item: past the end is empty, an end beyond it stops at the last byte.
    expectBytes(await readMediaRange(book.id, stored, size, size + 10), new Uint8Array(0));
    expectBytes(
      await readMediaRange(book.id, stored, size - 3, size + 1000),
      clear.subarray(size - 3),
    );
    expectBytes(await readMediaRange(book.id, stored, 5, 5), new Uint8Array(0));

    // The last piece gone: a range in the first one still opens.
    await db().blobs.delete(mediaChunkId(stored.id, 2));
    expectBytes(
      await readMediaRange(book.id, stored, C - 10, C + 10),
      clear.subarray(C - 10, C + 10),
    );
  });

  it('hands a worker the sealed pieces, which open with mediaChunkAad', async () => {
    const book = await makeBook();
    const clear = pattern(C + 5);
    const stored = await addMedia(book.id, videoItem(book.id), new Blob([clear]));
    const piece = await readSealedChunk(book.id, stored.id, 1);
    const { bookKey } = await import('./session');
    const key = bookKey(book.id);
    if (!key) throw new Error('unlocked');
    const opened = await open(
      key,
      { iv: piece.iv, ct: await piece.ct.arrayBuffer() },
      mediaChunkAad(book.id, stored.id, 1),
    );
    expectBytes(opened, clear.subarray(C));
    await expect(readSealedChunk(book.id, stored.id, 2)).rejects.toMatchObject({
      code: 'not-found',
    });
    const other = await makeBook();
    await expect(readSealedChunk(other.id, stored.id, 0)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('stores a thumb with the record, and the id in a running import note', async () => {
    const book = await makeBook();
    const run = await beginImport('photos', 1, book.id);
    const item = videoItem(book.id);
    const stored = await addMedia(book.id, item, new Blob([pattern(100)]), {
      thumb: new Blob([pattern(50, 9)], { type: 'image/jpeg' }),
      journal: run.id,
    });
    const thumb = await db().blobs.get(`${item.id}:thumb`);
    expect(thumb?.role).toBe('thumb');
    const notes = await db().meta.where('key').startsWith('import:').toArray();
    expect(notes.map((n) => (n.value as { added: string[] }).added)).toEqual([[item.id]]);

    // "Remove them" of that import removes the item, its pieces and its thumb.
    await discardImport(run.id);
    expect(await db().photos.get(stored.id)).toBeUndefined();
    expect(await db().blobs.where('photoId').equals(stored.id).count()).toBe(0);
  });

  it('reports progress after each piece', async () => {
    const book = await makeBook();
    const seen: [number, number][] = [];
    await addMedia(book.id, videoItem(book.id), new Blob([pattern(2 * C + 1)]), {
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [C, 2 * C + 1],
      [2 * C, 2 * C + 1],
      [2 * C + 1, 2 * C + 1],
    ]);
  });
});

describe('damage', () => {
  async function storedVideo(bookId: string, size = 2 * C + 7, seed = 1) {
    const clear = pattern(size, seed);
    return { clear, item: await addMedia(bookId, videoItem(bookId), new Blob([clear])) };
  }

  it('refuses a piece moved to another index', async () => {
    const book = await makeBook();
    const { item } = await storedVideo(book.id);
    const second = await db().blobs.get(mediaChunkId(item.id, 1));
    if (!second) throw new Error('stored');
    await db().blobs.put({ ...second, id: mediaChunkId(item.id, 0) });

    const error = await rejection(readMediaRange(book.id, item, 0, 10));
    expect(error).toBeInstanceOf(DamagedRecordError);
    expect(isDamaged(error)).toBe(true);
    // The other pieces still open.
    expect((await readMediaRange(book.id, item, C, C + 10)).length).toBe(10);
  });

  it('refuses a piece moved from another item or another book', async () => {
    const book = await makeBook();
    const other = await makeBook();
    const { item } = await storedVideo(book.id);
    const { item: sibling } = await storedVideo(book.id, 2 * C + 7, 2);
    const { item: foreign } = await storedVideo(other.id, 2 * C + 7, 3);

    for (const from of [
      { bookId: book.id, id: sibling.id },
      { bookId: other.id, id: foreign.id },
    ]) {
      const row = await db().blobs.get(mediaChunkId(from.id, 0));
      if (!row) throw new Error('stored');
      await db().blobs.put({ ...row, id: mediaChunkId(item.id, 0), bookId: book.id });
      expect(isDamaged(await rejection(readMediaRange(book.id, item, 0, 10)))).toBe(true);
    }
  });

  it('detects a missing tail piece, whichever way the item is read', async () => {
    const book = await makeBook();
    const { item } = await storedVideo(book.id);
    await db().blobs.delete(mediaChunkId(item.id, 2));

    expect(isDamaged(await rejection(readMediaRange(book.id, item, 0, item.byteLength)))).toBe(
      true,
    );
    expect(isDamaged(await rejection(readMediaBlob(book.id, item)))).toBe(true);
    expect(isDamaged(await rejection(readAll(openMediaStream(book.id, item))))).toBe(true);
  });

  it('detects a piece cut short and a record whose count does not fit its size', async () => {
    const book = await makeBook();
    const { item } = await storedVideo(book.id);
    // Another, shorter item's last piece sealed for this slot would open: the length tells.
    expect(isDamaged(await rejection(readMediaRange(book.id, { ...item, chunks: 2 }, 0, 5)))).toBe(
      true,
    );
    expect(
      isDamaged(
        await rejection(readMediaRange(book.id, { ...item, byteLength: 3 * C }, 2 * C, 2 * C + 8)),
      ),
    ).toBe(true);
  });
});

describe('all or nothing', () => {
  it('leaves no rows when stopped half-way', async () => {
    const book = await makeBook();
    const before = await dumpAllStores();
    const stop = new AbortController();
    const error = await rejection(
      addMedia(book.id, videoItem(book.id), new Blob([pattern(3 * C)]), {
        signal: stop.signal,
        onProgress: (done) => {
          if (done >= C) stop.abort();
        },
      }),
    );
    expect((error as Error).name).toBe('AbortError');
    expect(await dumpAllStores()).toBe(before);
  });

  it('stops with book-locked when the book locks half-way, leaving no rows', async () => {
    const book = await makeBook();
    const before = await dumpAllStores();
    const error = await rejection(
      addMedia(book.id, videoItem(book.id), new Blob([pattern(3 * C)]), {
        onProgress: () => {
          lockBook(book.id);
        },
      }),
    );
    expect(error).toMatchObject({ code: 'book-locked' });
    expect(await dumpAllStores()).toBe(before);
  });

  function quotaAbort(): Error {
    return Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    });
  }

  it.each(['a piece', 'the record'])(
    'fails on a full disk while writing %s with storage-full, leaving nothing',
    async (what) => {
      const book = await makeBook();
      const before = await dumpAllStores();
      if (what === 'a piece') {
        const blobs = db().blobs;
        const realAdd = blobs.add.bind(blobs);
        let calls = 0;
        // The first piece goes in; the disk fills up on the second.
        vi.spyOn(blobs, 'add').mockImplementation((...args) => {
          calls += 1;
          return calls === 2
            ? (Promise.reject(quotaAbort()) as ReturnType<typeof realAdd>)
            : realAdd(...args);
        });
      } else {
        vi.spyOn(db().photos, 'add').mockRejectedValue(quotaAbort());
      }
      const error = await rejection(
        addMedia(book.id, videoItem(book.id), new Blob([pattern(3 * C)]), {
          thumb: new Blob([pattern(10)]),
        }),
      );
      expect(error).toBeInstanceOf(StorageError);
      expect(error).toMatchObject({ code: 'storage-full' });
      expect(await dumpAllStores()).toBe(before);
    },
  );

  it('refuses an id already in use and leaves that item as it was', async () => {
    const book = await makeBook();
    const first = await addMedia(book.id, videoItem(book.id), new Blob([pattern(10)]));
    const before = await dumpAllStores();
    const error = await rejection(
      addMedia(book.id, videoItem(book.id, { id: first.id }), new Blob([pattern(20, 4)])),
    );
    expect(error).toBeInstanceOf(StorageError);
    expect(await dumpAllStores()).toBe(before);
  });

  it('refuses a locked book before writing anything', async () => {
    const book = await makeBook();
    lockBook(book.id);
    const before = await dumpAllStores();
    await expect(
      addMedia(book.id, videoItem(book.id), new Blob([pattern(10)])),
    ).rejects.toMatchObject({ code: 'book-locked' });
    expect(await dumpAllStores()).toBe(before);
  });

  it('reads the Blob into one piece-sized buffer, never whole', async () => {
    const book = await makeBook();
    const bytes = pattern(2 * C + 5);
    // Handed out 1 MiB a read, as a browser does: each 4 MiB piece takes four reads.
    const blob = new MeteredBlob(bytes, undefined, 1024 * 1024);
    const stored = await addMedia(book.id, videoItem(book.id), blob);
    expect(stored.sha256).toBe(sha256(bytes));
    const { meter } = blob;
    expect(meter.wholeReads).toEqual([]);
    expect(meter.streamed).toBe(bytes.length);
    expect(Math.max(...meter.asks)).toBeLessThanOrEqual(C);
    // Only the first piece's reads land in fresh memory: the buffer is filled again after.
    expect(meter.freshReads).toBe(C / (1024 * 1024));
    expectBytes(await readMediaRange(book.id, stored, 0, stored.byteLength), bytes);
  });

  it('removes the pieces of an item whose tab died, on the next start', async () => {
    const book = await makeBook();
    const kept = await addMedia(book.id, videoItem(book.id), new Blob([pattern(C + 3)]));
    // A crash after the pieces, before the record: the note stays and its lock is gone.
    const dead = await addMedia(book.id, videoItem(book.id), new Blob([pattern(C + 9, 2)]));
    await db().photos.delete(dead.id);
    const note = await beginImport('media', dead.byteLength, book.id, [dead.id]);
    note.abandon();
    // A running one (its lock held) is left alone.
    const live = await beginImport('media', 5, book.id, [newId()]);

    await simulateReload({ keepSession: true });
    expect((await interruptedImports()).map((j) => j.id)).toEqual([note.id]);
    expect(await cleanStagedMedia()).toBe(2);

    expect(await chunkRows(dead.id)).toEqual([]);
    expect((await chunkRows(kept.id)).length).toBe(2);
    expectBytes(await readMediaRange(book.id, kept, 0, kept.byteLength), pattern(C + 3));
    const notes = await db().meta.where('key').startsWith('import:').toArray();
    expect(notes.map((n) => n.key)).toEqual([`import:${live.id}`]);
    await live.finish();
    forgetRunningImportsForTests();
  });

  it('deleting an item removes its pieces and its thumb', async () => {
    const book = await makeBook();
    const gone = await addMedia(book.id, videoItem(book.id), new Blob([pattern(C + 1)]), {
      thumb: new Blob([pattern(10)]),
    });
    const kept = await addMedia(book.id, videoItem(book.id), new Blob([pattern(C + 1)]));
    await deletePhotos(book.id, [gone.id]);
    expect(await db().blobs.where('photoId').equals(gone.id).count()).toBe(0);
    expect(await db().blobs.where('photoId').equals(kept.id).count()).toBe(2);
  });
});
