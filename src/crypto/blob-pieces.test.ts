import { MeteredBlob, nonZeroBytes } from '@/testing/metered-blob';

import { blobPieces, type PieceBuffer } from './blob-pieces';

const PIECE = 4096;

/** Every piece, copied (a piece is only valid until the next is asked for). */
async function collect(blob: Blob, piece = PIECE): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const p of blobPieces(blob, piece)) out.push(p.slice());
  return out;
}

function joined(parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('blobPieces', () => {
  it('yields the bytes in order, in pieces of the size asked (the last shorter)', async () => {
    const bytes = nonZeroBytes(3 * PIECE + 100);
    // A browser hands out less than asked: 1000 bytes a read here, so each piece takes several.
    const pieces = await collect(new MeteredBlob(bytes, undefined, 1000));
    expect(pieces.map((p) => p.length)).toEqual([PIECE, PIECE, PIECE, 100]);
    expect(joined(pieces)).toEqual(bytes);
    expect(await collect(new Blob([bytes]))).toEqual(pieces);
    expect(await collect(new Blob([]))).toEqual([]);
  });

  it('reads into one piece-sized buffer again and again, never asking for more', async () => {
    const blob = new MeteredBlob(nonZeroBytes(10 * PIECE), undefined, 1024);
    expect((await collect(blob)).length).toBe(10);
    const { meter } = blob;
    expect(meter.streamed).toBe(10 * PIECE);
    expect(Math.max(...meter.asks)).toBeLessThanOrEqual(PIECE);
    // Only the first piece's reads land in fresh memory; a new buffer per piece would be 40.
    expect(meter.freshReads).toBe(PIECE / 1024);
    expect(meter.wholeReads).toEqual([]);
  });

  it('reads one blob after another through the one kept buffer, zeroed between', async () => {
    const keep: PieceBuffer = {};
    const first = nonZeroBytes(2 * PIECE + 5);
    const out: Uint8Array[] = [];
    for await (const p of blobPieces(new MeteredBlob(first), PIECE, { keep })) out.push(p.slice());
    expect(joined(out)).toEqual(first);
    const kept = keep.buffer;
    expect(kept?.byteLength).toBe(PIECE);
    expect(new Uint8Array(kept ?? new ArrayBuffer(0)).every((b) => b === 0)).toBe(true);

    // A smaller blob next: its reads go into the kept memory (a read takes the buffer it
    // fills, so the kept one is detached), and the buffer is kept again after.
    const second = nonZeroBytes(100);
    const again: Uint8Array[] = [];
    for await (const p of blobPieces(new MeteredBlob(second), PIECE, { keep })) {
      again.push(p.slice());
    }
    expect(joined(again)).toEqual(second);
    expect(kept?.byteLength).toBe(0);
    expect(keep.buffer?.byteLength).toBe(PIECE);
  });

  it('zeroes its buffer when done, so the clear bytes do not linger', async () => {
    let last: Uint8Array | undefined;
    for await (const p of blobPieces(new Blob([nonZeroBytes(PIECE + 10)]), PIECE)) last = p;
    expect(last?.length).toBe(10);
    expect(last?.every((b) => b === 0)).toBe(true);
  });

  it('stops the read when the caller stops early, and when the signal aborts', async () => {
    const blob = new MeteredBlob(nonZeroBytes(10 * PIECE));
    let first: Uint8Array | undefined;
    for await (const p of blobPieces(blob, PIECE)) {
      first = p;
      break;
    }
    expect(blob.meter.cancelled).toBe(1);
    expect(blob.meter.streamed).toBe(PIECE);
    expect(first?.every((b) => b === 0)).toBe(true);

    const controller = new AbortController();
    const read = async () => {
      for await (const p of blobPieces(blob, PIECE, { signal: controller.signal })) {
        if (p.length > 0) controller.abort();
      }
    };
    await expect(read()).rejects.toMatchObject({ name: 'AbortError' });
    expect(blob.meter.cancelled).toBe(2);
  });

  it('refuses a file that ends before its size (changed on disk meanwhile)', async () => {
    const blob = new MeteredBlob(nonZeroBytes(2 * PIECE));
    Object.defineProperty(blob, 'size', { value: 3 * PIECE });
    await expect(collect(blob)).rejects.toMatchObject({ name: 'NotReadableError' });
  });

  it('reads slice by slice where the stream is not a byte stream', async () => {
    const bytes = nonZeroBytes(2 * PIECE + 7);
    const blob = new Blob([bytes]);
    Object.defineProperty(blob, 'stream', {
      value: () =>
        new ReadableStream({
          pull: (c) => {
            c.close();
          },
        }),
    });
    const pieces = await collect(blob);
    expect(pieces.map((p) => p.length)).toEqual([PIECE, PIECE, 7]);
    expect(joined(pieces)).toEqual(bytes);
  });
});
