/**
 * A video leaves the book for the pack streamed from its sealed pieces: the cleaner reads only
 * the pieces its headers and index lie in, and the bytes stream piece by piece with its patches
 * applied. Pieces are 1000 bytes here (MEDIA_CHUNK_BYTES mocked), so the 16 kB phone video
 * lies in 17 of them and boxes, the index and the place the cleaner zeroes cross their edges.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { seal, sha256Hex } from '@/crypto';
import type { Photo } from '@/domain';
import { cleanVideo } from '@/media';

import { ItemRefused, openItemForPack, type ItemReaders, type SealedPiece } from './export-media';
import type { StreamedItem } from './write-pack';
import { withTopLevelBox } from '@/testing/video-boxes';

vi.mock('@/domain', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/domain')>()),
  MEDIA_CHUNK_BYTES: 1000,
}));

const PIECE = 1000;
const DIRTY = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../testing/fixtures/phone-with-place.mp4')),
);

/**
 * The phone video with a 300 kB top-level box after it (a camera's own, say), which the cleaner
 * zeroes across 300 pieces: far more pieces than the cleaner's read windows (64 kB) cover.
 */
const withBigBox = (video: Uint8Array) => withTopLevelBox(video, 300_000, 'udta');

async function newKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

interface Stored {
  item: Photo;
  readers: ItemReaders;
  /** Piece numbers in the order they were asked for. */
  asked: number[];
}

/** `bytes` sealed in pieces of PIECE bytes, as addMedia stores them, with readers that count. */
async function storeVideo(key: CryptoKey, bytes: Uint8Array): Promise<Stored> {
  const pieces: SealedPiece[] = [];
  for (let at = 0, n = 0; at < bytes.length; at += PIECE, n += 1) {
    const aad = `test:chunk:${String(n)}`;
    const sealed = await seal(key, bytes.slice(at, at + PIECE), aad);
    pieces.push({ iv: sealed.iv, ct: new Blob([sealed.ct]), aad });
  }
  const asked: number[] = [];
  const readers: ItemReaders = {
    readOriginal: () => Promise.reject(new Error('a video has no original')),
    readChunk: (_id, n) => {
      asked.push(n);
      const piece = pieces[n];
      return piece ? Promise.resolve(piece) : Promise.reject(new Error(`no piece ${String(n)}`));
    },
  };
  const at = new Date().toISOString();
  const item: Photo = {
    id: 'it_video',
    bookId: 'b1',
    kind: 'video',
    mime: 'video/mp4',
    width: 160,
    height: 120,
    byteLength: bytes.length,
    sha256: await sha256Hex(bytes),
    chunks: pieces.length,
    personIds: [],
    entryIds: [],
    createdAt: at,
    updatedAt: at,
  };
  return { item, readers, asked };
}

async function streamed(data: Uint8Array | StreamedItem): Promise<Uint8Array> {
  if (data instanceof Uint8Array) throw new Error('a video must stream');
  const bytes = new Uint8Array(await new Response(data.stream).arrayBuffer());
  expect(bytes.length).toBe(data.size);
  return bytes;
}

async function cleanedWhole(bytes: Uint8Array): Promise<Uint8Array> {
  const cleaned = await cleanVideo(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  return new Uint8Array(await cleaned.blob.arrayBuffer());
}

describe('openItemForPack: a video streamed from its pieces', () => {
  it('gives the same bytes as cleaning the whole file: the place gone, nothing else changed', async () => {
    const key = await newKey();
    const { item, readers } = await storeVideo(key, DIRTY);
    expect(item.chunks).toBe(17);
    const out = await streamed((await openItemForPack(key, readers, item)).data);
    const whole = await cleanedWhole(DIRTY);
    expect(Buffer.from(out).equals(Buffer.from(whole))).toBe(true);
    // The cleaner had work: the exported bytes are not the stored ones.
    expect(Buffer.from(out).equals(Buffer.from(DIRTY))).toBe(false);
    expect(Buffer.from(out).includes('Vestergade')).toBe(false);
  });

  it('passes a clean video through byte for byte (the hash the record holds)', async () => {
    const key = await newKey();
    const clean = await cleanedWhole(DIRTY);
    const { item, readers } = await storeVideo(key, clean);
    const out = await streamed((await openItemForPack(key, readers, item)).data);
    expect(await sha256Hex(out)).toBe(item.sha256);
  });

  it('opens only the pieces the headers and index lie in before the zip reads, then each in order', async () => {
    const key = await newKey();
    const big = withBigBox(DIRTY);
    const { item, readers, asked } = await storeVideo(key, big);
    const { data } = await openItemForPack(key, readers, item);
    // Not gathered first: most pieces are not read until the zip reads the stream.
    expect(new Set(asked).size).toBeLessThan((item.chunks ?? 0) / 2);
    asked.length = 0;
    const out = await streamed(data);
    expect(asked).toEqual(Array.from({ length: item.chunks ?? 0 }, (_, n) => n));
    expect(Buffer.from(out).equals(Buffer.from(await cleanedWhole(big)))).toBe(true);
    expect(out.subarray(DIRTY.length + 8).every((b) => b === 0)).toBe(true);
  });

  it('refuses what the cleaner refuses, with its reason; a damaged piece is not a refusal', async () => {
    const key = await newKey();
    const notVideo = await storeVideo(key, new Uint8Array(2500).fill(7));
    await expect(openItemForPack(key, notVideo.readers, notVideo.item)).rejects.toEqual(
      new ItemRefused('it_video', 'not-a-video'),
    );
    const damaged = await storeVideo(key, DIRTY);
    const other = await storeVideo(key, DIRTY);
    // Piece 0 sealed for another slot: opening it fails, which is damage, not the cleaner's no.
    const swapped: ItemReaders = {
      ...damaged.readers,
      readChunk: async (id, n) => ({ ...(await other.readers.readChunk(id, n)), aad: 'elsewhere' }),
    };
    const error = await openItemForPack(key, swapped, damaged.item).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ItemRefused);
  });
});
