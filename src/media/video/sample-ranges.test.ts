import type { Box } from './iso-boxes';
import { chunkRanges, insideOne, mergeRanges, overlapsAny } from './sample-ranges';

/** A box of `type` holding `body` bytes. */
function box(type: string, ...body: number[][]): number[] {
  const content = body.flat();
  const size = 8 + content.length;
  return [size >>> 24, (size >>> 16) & 255, (size >>> 8) & 255, size & 255, ...Buffer.from(type), ...content]; // prettier-ignore
}
const u32 = (v: number) => [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
const u64 = (v: number) => [...u32(Math.floor(v / 2 ** 32)), ...u32(v % 2 ** 32)];
const full = [0, 0, 0, 0]; // version and flags

function stbl(...kids: number[][]): { b: Uint8Array; stbl: Box } {
  const bytes = new Uint8Array(box('stbl', ...kids));
  return { b: bytes, stbl: { type: 'stbl', start: 0, headerSize: 8, size: bytes.length } };
}

describe('chunkRanges', () => {
  it('reads 64-bit chunk offsets (co64) and runs of samples per chunk (stsc)', () => {
    const big = 5 * 2 ** 32; // past 4 GiB: only co64 can say it
    const { b, stbl: s } = stbl(
      box('stsc', full, u32(2), u32(1), u32(2), u32(1), u32(2), u32(1), u32(1)),
      box('stsz', full, u32(0), u32(4), u32(10), u32(20), u32(30), u32(40)),
      box('co64', full, u32(3), u64(100), u64(big), u64(big + 1000)),
    );
    // Chunk 1 holds samples 1-2, chunks 2 and 3 one sample each.
    expect(chunkRanges(b, s)).toEqual([
      [100, 130],
      [big, big + 30],
      [big + 1000, big + 1040],
    ]);
  });

  it('reads compact sample sizes (stz2) of 4 and 16 bits and a constant size', () => {
    const four = stbl(
      box('stsc', full, u32(1), u32(1), u32(3), u32(1)),
      box('stz2', full, [0, 0, 0, 4], u32(3), [0x12, 0x30]),
      box('stco', full, u32(1), u32(50)),
    );
    expect(chunkRanges(four.b, four.stbl)).toEqual([[50, 56]]);
    const sixteen = stbl(
      box('stsc', full, u32(1), u32(1), u32(2), u32(1)),
      box('stz2', full, [0, 0, 0, 16], u32(2), [1, 0, 0, 1]),
      box('stco', full, u32(1), u32(7)),
    );
    expect(chunkRanges(sixteen.b, sixteen.stbl)).toEqual([[7, 7 + 257]]);
    const constant = stbl(
      box('stsc', full, u32(1), u32(1), u32(2), u32(1)),
      box('stsz', full, u32(9), u32(4)),
      box('stco', full, u32(2), u32(0), u32(100)),
    );
    expect(chunkRanges(constant.b, constant.stbl)).toEqual([
      [0, 18],
      [100, 118],
    ]);
  });

  it('refuses a table that says it has more entries than it holds', () => {
    const { b, stbl: s } = stbl(
      box('stsc', full, u32(1), u32(1), u32(1), u32(1)),
      box('stsz', full, u32(0), u32(1000), u32(5)),
      box('stco', full, u32(1), u32(0)),
    );
    expect(() => chunkRanges(b, s)).toThrow(expect.objectContaining({ reason: 'corrupt' }));
  });
});

describe('range helpers', () => {
  const media = mergeRanges([
    [100, 200],
    [0, 50],
    [50, 60],
  ]);
  it('merges touching ranges and finds containment and overlap', () => {
    expect(media).toEqual([
      [0, 60],
      [100, 200],
    ]);
    expect(insideOne(media, [10, 60])).toBe(true);
    expect(insideOne(media, [50, 101])).toBe(false);
    expect(overlapsAny(media, [60, 100])).toBe(false);
    expect(overlapsAny(media, [199, 300])).toBe(true);
  });
});
