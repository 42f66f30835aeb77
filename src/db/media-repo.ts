/**
 * Big items (voice notes, videos, papers) sealed in pieces: a 500 MB video never sits in memory
 * whole, on the way in or out. Each piece of MEDIA_CHUNK_BYTES clear bytes is sealed on its own
 * with an AAD naming its slot (`<id>:chunk:<n>`), so a piece moved to another index, item or
 * book fails to open; the record (sealed) holds the number of pieces, so a missing tail shows.
 *
 * Storing cannot be one transaction (it would hold every piece in memory): a note (`media`
 * import, `import-journal.ts`) names the item before the first piece, pieces go in small
 * transactions, and the record goes last in the transaction that also ends the note. A failure
 * removes the pieces written; a crash leaves the note, and the next start removes them
 * (`cleanStagedMedia` in import-journal.ts).
 */
import { blobPieces, DamagedRecordError, open, seal } from '@/crypto';
import { MEDIA_CHUNK_BYTES, nowIso } from '@/domain';
import type { Photo } from '@/domain';

import { db, writableDb } from './connection';
import type { BlobRow, LivsbogDb, SealedRow } from './database';
import { StorageError, toStorageError } from './errors';
import { requireKey } from './books-repo';
import { aadFor, sealValue } from './sealing';
import { bookKey, subscribeSession } from './session';
import { touchBook } from './book-activity';
import { beginImport, endImportInTransaction, notePhotosAdded } from './import-journal';
import { readPhotoBlob } from './photos-repo';
import { openRecordRows } from './records-repo';

/** The blob row id of an item's piece n (zero-padded, so ids sort in piece order). */
export function mediaChunkId(itemId: string, n: number): string {
  return `${itemId}:chunk:${String(n).padStart(6, '0')}`;
}

/** The additional data piece n of an item is sealed with (for a worker that opens pieces). */
export function mediaChunkAad(bookId: string, itemId: string, n: number): string {
  return aadFor('blobs', bookId, mediaChunkId(itemId, n));
}

/** How many pieces `byteLength` bytes take; an empty item still has one (empty) piece. */
export function mediaChunkCount(byteLength: number): number {
  return Math.max(1, Math.ceil(byteLength / MEDIA_CHUNK_BYTES));
}

/** The clear length piece n must have: a shorter or longer one is damage, not a short read. */
function expectedChunkLength(byteLength: number, n: number): number {
  return Math.min(MEDIA_CHUNK_BYTES, byteLength - n * MEDIA_CHUNK_BYTES);
}

export interface AddMediaOptions {
  /** The big picture (video poster, paper's first page), stored as the item's `thumb` row. */
  thumb?: Blob;
  /** A running import's note (photo import): the item's id joins it with the record. */
  journal?: string;
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Throws when the item may not go on: stopped, or the book was locked meanwhile. */
function checkGoOn(bookId: string, signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortReason(signal);
  // Locking forgets the key; storing on with a copy of it would outlive the lock.
  if (!bookKey(bookId)) throw new StorageError('book-locked');
}

async function removeChunks(d: LivsbogDb, bookId: string, itemId: string): Promise<void> {
  await d.transaction('rw', d.blobs, async () => {
    await d.blobs
      .where('photoId')
      .equals(itemId)
      .filter((b) => b.bookId === bookId && b.role === 'chunk')
      .delete();
  });
}

/** Seals one piece of clear bytes for its slot. */
async function sealChunk(
  key: CryptoKey,
  bookId: string,
  itemId: string,
  clear: Uint8Array,
  n: number,
): Promise<BlobRow> {
  const id = mediaChunkId(itemId, n);
  const sealed = await seal(key, clear, aadFor('blobs', bookId, id));
  return { id, bookId, photoId: itemId, role: 'chunk', iv: sealed.iv, ct: new Blob([sealed.ct]) };
}

export interface StoreChunksOptions {
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Throws when the item may not go on (stopped, the book locked): asked before each piece. */
  goOn: () => void;
}

/**
 * Seals piece after piece and stores each in its own transaction; returns the hex SHA-256. The
 * bytes are read into one piece-sized buffer again and again (`blobPieces`), so no piece is
 * left for the garbage collector; piece n is written while piece n + 1 is read and sealed.
 */
export async function storeChunks(
  d: LivsbogDb,
  key: CryptoKey,
  bookId: string,
  item: Photo,
  bytes: Blob,
  opts: StoreChunksOptions,
): Promise<string> {
  // Loaded when first needed: the start page never stores a video.
  const { createSHA256 } = await import('hash-wasm');
  const hash = await createSHA256();
  hash.init();
  // An empty item still has its one (empty) piece.
  const pieces = bytes.size === 0 ? [new Uint8Array(0)] : blobPieces(bytes, MEDIA_CHUNK_BYTES);
  let writing: Promise<void> = Promise.resolve();
  let failed: { error: unknown } | undefined;
  const settled = async () => {
    await writing;
    if (failed) throw failed.error;
  };
  try {
    let n = 0;
    for await (const clear of pieces) {
      opts.goOn();
      hash.update(clear);
      const row = await sealChunk(key, bookId, item.id, clear, n);
      await settled();
      opts.goOn();
      const done = Math.min(bytes.size, (n + 1) * MEDIA_CHUNK_BYTES);
      writing = d
        .transaction('rw', d.blobs, () => d.blobs.add(row))
        .then(() => opts.onProgress?.(done, bytes.size))
        .catch((error: unknown) => {
          failed = { error };
        });
      n += 1;
    }
    await settled();
  } finally {
    // Never leave a write running under the clean-up that follows a failure.
    await writing;
  }
  return hash.digest('hex');
}

async function sealThumb(key: CryptoKey, bookId: string, itemId: string, thumb: Blob) {
  const id = `${itemId}:thumb`;
  const clear = new Uint8Array(await thumb.arrayBuffer());
  try {
    const sealed = await seal(key, clear, aadFor('blobs', bookId, id));
    const row: BlobRow = {
      id,
      bookId,
      photoId: itemId,
      role: 'thumb',
      iv: sealed.iv,
      ct: new Blob([sealed.ct]),
    };
    return row;
  } finally {
    clear.fill(0);
  }
}

/** Refuses an id already in use: storing would overwrite or mix with another item's pieces. */
async function checkFreeId(d: LivsbogDb, itemId: string): Promise<void> {
  const [record, blobs] = await Promise.all([
    d.photos.get(itemId),
    d.blobs.where('photoId').equals(itemId).count(),
  ]);
  if (record || blobs > 0) throw new StorageError('write-failed', `id ${itemId} is in use`);
}

/**
 * Stores a big item: its bytes sealed in pieces, read slice by slice (never whole), then its
 * record (with `sha256`, `byteLength` and `chunks` of the stored bytes) and thumb. All or
 * nothing: pieces written before a failure or an abort are removed. Returns the stored record.
 */
export async function addMedia(
  bookId: string,
  item: Photo,
  bytes: Blob,
  opts: AddMediaOptions = {},
): Promise<Photo> {
  const key = requireKey(bookId);
  const d = await writableDb().catch((e: unknown) => {
    throw toStorageError(e);
  });
  await checkFreeId(d, item.id);
  const note = await beginImport('media', bytes.size, bookId, [item.id]);
  try {
    const sha256 = await storeChunks(d, key, bookId, item, bytes, {
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      goOn: () => {
        checkGoOn(bookId, opts.signal);
      },
    });
    const stored: Photo = {
      ...item,
      bookId,
      sha256,
      byteLength: bytes.size,
      chunks: mediaChunkCount(bytes.size),
    };
    const thumb = opts.thumb ? await sealThumb(key, bookId, item.id, opts.thumb) : undefined;
    const row: SealedRow = {
      id: item.id,
      bookId,
      binned: 0,
      ...(await sealValue(key, 'photos', bookId, item.id, stored)),
    };
    checkGoOn(bookId, opts.signal);
    const at = nowIso();
    await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      await d.photos.add(row);
      if (thumb) await d.blobs.put(thumb);
      if (opts.journal) await notePhotosAdded(d, opts.journal, [item.id], at);
      await endImportInTransaction(d, note.id);
      await touchBook(d, bookId, at);
    });
    await note.finish();
    return stored;
  } catch (e) {
    // The pieces go first; if even that cannot be written, the note stays for the next start.
    await removeChunks(d, bookId, item.id).then(
      () => note.finish(),
      () => {
        note.abandon();
      },
    );
    // Stopped by the caller: its own reason, not a storage failure.
    if (opts.signal?.aborted === true) throw e;
    throw toStorageError(e);
  }
}

// ---- reading ---------------------------------------------------------------------------------

/** A piece's sealed bytes as stored, for a worker that holds the key (the pack's export). */
export async function readSealedChunk(
  bookId: string,
  itemId: string,
  n: number,
): Promise<{ iv: Uint8Array; ct: Blob }> {
  const row = await db().blobs.get(mediaChunkId(itemId, n));
  if (row?.bookId !== bookId || row.photoId !== itemId) throw new StorageError('not-found');
  return { iv: row.iv, ct: row.ct };
}

/**
 * The last piece opened, per book: a video's range requests come in small steps within one
 * piece, which would otherwise be opened again for each. Forgotten when the book locks.
 */
const lastOpened = new Map<string, { id: string; iv: Uint8Array; clear: Uint8Array }>();
subscribeSession(() => {
  for (const bookId of [...lastOpened.keys()]) {
    if (!bookKey(bookId)) lastOpened.delete(bookId);
  }
});

type MediaItem = Pick<Photo, 'id' | 'byteLength' | 'chunks' | 'mime'>;

function chunkCountOf(item: MediaItem): number {
  const count = item.chunks ?? 0;
  if (!Number.isInteger(count) || count !== mediaChunkCount(item.byteLength)) {
    throw new DamagedRecordError('the record does not match its size', { recordId: item.id });
  }
  return count;
}

/** Opens piece n and checks its length: a piece from another item of the same book fails too. */
async function openChunk(bookId: string, item: MediaItem, n: number): Promise<Uint8Array> {
  const key = requireKey(bookId);
  const id = mediaChunkId(item.id, n);
  const row = await db().blobs.get(id);
  if (row?.bookId !== bookId) {
    throw new DamagedRecordError('a piece is missing', { recordId: item.id, slot: id });
  }
  const cached = lastOpened.get(bookId);
  if (cached?.id === id && sameBytes(cached.iv, row.iv)) return cached.clear;
  const clear = await open(
    key,
    { iv: row.iv, ct: await row.ct.arrayBuffer() },
    aadFor('blobs', bookId, id),
  );
  if (clear.length !== expectedChunkLength(item.byteLength, n)) {
    throw new DamagedRecordError('a piece has the wrong length', { recordId: item.id, slot: id });
  }
  if (bookKey(bookId)) lastOpened.set(bookId, { id, iv: row.iv, clear });
  return clear;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * The clear bytes from `start` to `endExclusive` (clamped to the item), opening only the pieces
 * they lie in. An item stored whole (a photo, a drawing) is read from its `original`.
 */
export async function readMediaRange(
  bookId: string,
  item: MediaItem,
  start: number,
  endExclusive: number,
): Promise<Uint8Array> {
  const from = Math.max(0, Math.min(start, item.byteLength));
  const to = Math.max(from, Math.min(endExclusive, item.byteLength));
  if (item.chunks === undefined) {
    const whole = await readPhotoBlob(bookId, item.id, 'original', item.mime);
    return new Uint8Array(await whole.slice(from, to).arrayBuffer());
  }
  const count = chunkCountOf(item);
  const out = new Uint8Array(to - from);
  if (to === from) return out;
  const first = Math.floor(from / MEDIA_CHUNK_BYTES);
  const last = Math.min(count - 1, Math.floor((to - 1) / MEDIA_CHUNK_BYTES));
  for (let n = first; n <= last; n += 1) {
    const clear = await openChunk(bookId, item, n);
    const base = n * MEDIA_CHUNK_BYTES;
    const a = Math.max(from, base) - base;
    const b = Math.min(to, base + clear.length) - base;
    out.set(clear.subarray(a, b), base + a - from);
  }
  return out;
}

/** The whole item as a stream, one piece at a time (a piece is opened when it is asked for). */
export function openMediaStream(bookId: string, item: MediaItem): ReadableStream<Uint8Array> {
  let n = 0;
  let count: number | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (item.chunks === undefined) {
          const whole = await readPhotoBlob(bookId, item.id, 'original', item.mime);
          controller.enqueue(new Uint8Array(await whole.arrayBuffer()));
          controller.close();
          return;
        }
        count ??= chunkCountOf(item);
        // A copy: the piece cache keeps its own bytes, and a reader may transfer or zero these.
        controller.enqueue((await openChunk(bookId, item, n)).slice());
        n += 1;
        if (n >= count) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The whole item in memory, for small items only (a voice note, a paper). */
export async function readMediaBlob(bookId: string, item: MediaItem): Promise<Blob> {
  if (item.chunks === undefined) return readPhotoBlob(bookId, item.id, 'original', item.mime);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const reader = openMediaStream(bookId, item).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value as Uint8Array<ArrayBuffer>);
  }
  return new Blob(parts, { type: item.mime });
}

// ---- posters drawn later -----------------------------------------------------------------------

/** A poster drawn after the video was stored (a pack's videos: the import worker has no player). */
export interface LatePoster {
  thumb: Blob;
  width: number;
  height: number;
  durationMs?: number;
}

function sameRow(a: SealedRow | undefined, b: SealedRow): boolean {
  if (!a) return false;
  return a.binned === b.binned && sameBytes(a.iv, b.iv);
}

/**
 * Gives a stored `thumbless` video its poster: the thumb row (sealed as the video import seals
 * it) and the record without `thumbless`, with the size as shown and the length when it was
 * missing, in one transaction. Returns the stored record, or undefined when the item is gone, is
 * no thumbless video, or was changed meanwhile (an edit wins; the next fill tries again).
 */
export async function storeVideoPoster(
  bookId: string,
  itemId: string,
  poster: LatePoster,
): Promise<Photo | undefined> {
  const key = requireKey(bookId);
  try {
    const d = await writableDb();
    const before = await d.photos.get(itemId);
    if (before?.bookId !== bookId) return undefined;
    const [item] = (await openRecordRows<Photo>('photos', bookId, [before])).items;
    if (item?.kind !== 'video' || item.thumbless !== true) return undefined;
    const durationMs = item.durationMs ?? poster.durationMs;
    const stored: Photo = {
      ...item,
      width: poster.width,
      height: poster.height,
      ...(durationMs !== undefined ? { durationMs } : {}),
    };
    delete stored.thumbless;
    const thumb = await sealThumb(key, bookId, itemId, poster.thumb);
    const row: SealedRow = {
      ...before,
      ...(await sealValue(key, 'photos', bookId, itemId, stored)),
    };
    const done = await d.transaction('rw', [d.photos, d.blobs], async () => {
      if (!sameRow(await d.photos.get(itemId), before)) return false;
      await d.photos.put(row);
      await d.blobs.put(thumb);
      return true;
    });
    return done ? stored : undefined;
  } catch (e) {
    throw toStorageError(e);
  }
}
