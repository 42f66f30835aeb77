/**
 * How each kind of item leaves the book for the pack, in the export worker. Every item is
 * opened from its sealed bytes here (the app hands over ciphertext only) and cleaned again by
 * its own importer's cleaner, so the pack carries no metadata this export has not removed
 * itself: photos, drawings and scanned papers by the photo cleaner, PDF papers by the paper
 * cleaner, videos and voice notes by the video cleaner (a voice note stored before it was cleaned
 * still named the browser that recorded it). An item its cleaner refuses is left out (`ItemRefused`, with the cleaner's reason).
 *
 * Big items (stored in pieces) never sit in memory whole: a video's or voice note's cleaner reads its headers and index from the pieces they lie in
 * (`pieceSource`), then the video streams into the zip piece by piece with the cleaner's
 * patches applied as each piece passes. Nothing gathers the pieces: a Blob of them would sit
 * in the browser's memory (Chromium keeps Blobs in RAM up to a share of the device's memory).
 */
import { open } from '@/crypto';
import { MEDIA_CHUNK_BYTES, mediaKindOf, type Photo } from '@/domain';
import {
  cleanStoredPhoto,
  patchedStream,
  planVideoClean,
  planVoiceClean,
  VideoFormatError,
  type ByteSource,
} from '@/media';
import { cleanPdf } from '@/media/paper';
import type { StreamedItem } from './write-pack';

export interface SealedPiece {
  iv: Uint8Array;
  ct: Blob;
  /** The additional data the bytes were sealed with (bound to book, item and slot). */
  aad: string;
}

export interface ItemReaders {
  /** The whole sealed `original` (photos, drawings). */
  readOriginal: (itemId: string) => Promise<SealedPiece>;
  /** Sealed piece n of an item stored in pieces. */
  readChunk: (itemId: string, n: number) => Promise<SealedPiece>;
  signal?: AbortSignal;
}

/** An item its cleaner refused: left out of the pack, and named with the reason. */
export class ItemRefused extends Error {
  constructor(
    readonly itemId: string,
    readonly reason: string,
  ) {
    super(`${itemId}: ${reason}`);
    this.name = 'ItemRefused';
  }
}

function view(plain: Uint8Array): Uint8Array<ArrayBuffer> {
  // WebCrypto's output sits in its own ArrayBuffer: a view of it, not a copy.
  const { buffer } = plain;
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, plain.byteOffset, plain.byteLength)
    : new Uint8Array(plain);
}

async function openPiece(key: CryptoKey, piece: SealedPiece): Promise<Uint8Array<ArrayBuffer>> {
  return view(await open(key, { iv: piece.iv, ct: await piece.ct.arrayBuffer() }, piece.aad));
}

/** Pieces an item of `byteLength` bytes is stored in (at least one, even when empty). */
function pieceCount(item: Photo): number {
  const count = Math.max(1, Math.ceil(item.byteLength / MEDIA_CHUNK_BYTES));
  // The record is sealed: a count that does not fit its size is damage, not a short item.
  if (item.chunks !== count) throw new Error(`${item.id}: ${String(item.chunks)} pieces`);
  return count;
}

/** Piece n opened and checked for its length (a shorter piece is a damaged item). */
async function openChunk(
  key: CryptoKey,
  readers: ItemReaders,
  item: Photo,
  n: number,
): Promise<Uint8Array<ArrayBuffer>> {
  readers.signal?.throwIfAborted();
  const clear = await openPiece(key, await readers.readChunk(item.id, n));
  const expected = Math.min(MEDIA_CHUNK_BYTES, item.byteLength - n * MEDIA_CHUNK_BYTES);
  if (clear.byteLength !== expected) throw new Error(`${item.id}: piece ${String(n)} length`);
  return clear;
}

/** The item whole in memory: papers only (at most MEDIA_LIMITS.paperBytes). */
async function chunkBytes(key: CryptoKey, readers: ItemReaders, item: Photo): Promise<Uint8Array> {
  const out = new Uint8Array(item.byteLength);
  for (let n = 0; n < pieceCount(item); n += 1) {
    out.set(await openChunk(key, readers, item, n), n * MEDIA_CHUNK_BYTES);
  }
  return out;
}

/**
 * The item's clear bytes by range, opening only the pieces a range lies in. The last piece
 * opened is kept (and zeroed when the next replaces it): the cleaner reads headers near each
 * other, and the stream then asks for the pieces in order, so each is opened about once more.
 */
function pieceSource(key: CryptoKey, readers: ItemReaders, item: Photo): ByteSource {
  pieceCount(item);
  let last: { n: number; clear: Uint8Array } | undefined;
  const piece = async (n: number): Promise<Uint8Array> => {
    if (last?.n === n) return last.clear;
    const clear = await openChunk(key, readers, item, n);
    last?.clear.fill(0);
    last = { n, clear };
    return clear;
  };
  return {
    size: item.byteLength,
    async read(start, end) {
      if (start < 0 || end > item.byteLength || start > end) throw new RangeError('range');
      const out = new Uint8Array(end - start);
      for (let at = start; at < end;) {
        const n = Math.floor(at / MEDIA_CHUNK_BYTES);
        const from = at - n * MEDIA_CHUNK_BYTES;
        const take = Math.min(end - at, MEDIA_CHUNK_BYTES - from);
        out.set((await piece(n)).subarray(from, from + take), at - start);
        at += take;
      }
      return out;
    },
  };
}

/** A video cleaned again as it streams: refused (with the cleaner's reason) before any byte. */
async function videoStream(
  key: CryptoKey,
  readers: ItemReaders,
  item: Photo,
  planClean: (source: ByteSource) => Promise<{ patches: Parameters<typeof patchedStream>[1] }>,
) {
  const source = pieceSource(key, readers, item);
  try {
    const plan = await planClean(source);
    return { stream: patchedStream(source, plan.patches, MEDIA_CHUNK_BYTES), size: source.size };
  } catch (e) {
    // Only the cleaner's refusals leave the item out; a damaged piece or a stop is the export's.
    if (e instanceof VideoFormatError) throw new ItemRefused(item.id, e.reason);
    throw e;
  }
}

/** A photo, a drawing or a scanned paper: the photo cleaner's bytes, or refused with its reason. */
async function cleanPicture(item: Photo, bytes: Uint8Array): Promise<Uint8Array> {
  try {
    return (await cleanStoredPhoto(bytes)).bytes;
  } catch (e) {
    throw new ItemRefused(item.id, reasonOf(e));
  }
}

function reasonOf(e: unknown): string {
  if (e instanceof Error && 'reason' in e && typeof e.reason === 'string') return e.reason;
  return 'corrupt';
}

export interface OpenedItem {
  /** What the zip gets: the cleaned bytes, or a stream for a big item. */
  data: Uint8Array | StreamedItem;
  /** For the PDF's scaler: the opened picture (photos and drawings only), not a copy. */
  picture?: Uint8Array;
}

/** One item opened and cleaned for the pack, by its kind (see the file's comment). */
export async function openItemForPack(
  key: CryptoKey,
  readers: ItemReaders,
  item: Photo,
): Promise<OpenedItem> {
  const kind = mediaKindOf(item);
  if (item.chunks === undefined) {
    // Stored whole: photos and drawings (and any item stored before pieces existed).
    const bytes = await openPiece(key, await readers.readOriginal(item.id));
    const clean = await cleanPicture(item, bytes);
    return { data: clean, picture: bytes };
  }
  if (kind === 'paper') {
    const bytes = await chunkBytes(key, readers, item);
    if (item.mime !== 'application/pdf') return { data: await cleanPicture(item, bytes) };
    try {
      return { data: (await cleanPdf(bytes)).bytes };
    } catch (e) {
      throw new ItemRefused(item.id, reasonOf(e));
    }
  }
  if (kind === 'video' || kind === 'voice') {
    return {
      data: await videoStream(
        key,
        readers,
        item,
        kind === 'video' ? planVideoClean : planVoiceClean,
      ),
    };
  }
  // A photo or drawing stored in pieces: small enough to clean whole.
  const bytes = await chunkBytes(key, readers, item);
  return { data: await cleanPicture(item, bytes), picture: bytes };
}
