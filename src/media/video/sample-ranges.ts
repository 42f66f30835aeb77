/**
 * Where a track's media lies in the file: one byte range per chunk, from the sample table
 * (`stco`/`co64` chunk offsets, `stsc` samples per chunk, `stsz`/`stz2` sample sizes). Used to
 * zero a metadata track's samples (GPS streams) in place and to check that every kept track's
 * media lies inside `mdat`.
 */
import { u16be, u32be, u8 } from '../byte-utils';
import { body, child, end, u64be, type Box } from './iso-boxes';
import { VideoFormatError } from './video-errors';

export type Range = readonly [start: number, end: number];

/** A FullBox's entry count, checked against the room its entries need. */
function entryCount(b: Uint8Array, box: Box, entryBytes: number, extra = 0): number {
  const n = u32be(b, body(box) + 4 + extra);
  const room = end(box) - (body(box) + 8 + extra);
  if (n * entryBytes > room) throw new VideoFormatError('corrupt');
  return n;
}

function chunkOffsets(b: Uint8Array, stbl: Box): number[] {
  const stco = child(b, stbl, 'stco');
  const co64 = child(b, stbl, 'co64');
  const box = stco ?? co64;
  if (!box) throw new VideoFormatError('corrupt');
  const wide = box === co64;
  const n = entryCount(b, box, wide ? 8 : 4);
  const first = body(box) + 8;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i += 1) {
    out[i] = wide ? u64be(b, first + i * 8) : u32be(b, first + i * 4);
  }
  return out;
}

/** Sample sizes, one by one (a constant size repeats). */
function sampleSizes(b: Uint8Array, stbl: Box): (i: number) => number {
  const stsz = child(b, stbl, 'stsz');
  if (stsz) {
    const fixed = u32be(b, body(stsz) + 4);
    if (fixed !== 0) return () => fixed;
    const n = entryCount(b, stsz, 4, 4);
    const first = body(stsz) + 12;
    return (i) => (i < n ? u32be(b, first + i * 4) : 0);
  }
  const stz2 = child(b, stbl, 'stz2');
  if (!stz2) throw new VideoFormatError('corrupt');
  const field = u8(b, body(stz2) + 7);
  if (field !== 4 && field !== 8 && field !== 16) throw new VideoFormatError('corrupt');
  const n = entryCount(b, stz2, field / 8, 4);
  const first = body(stz2) + 12;
  return (i) => {
    if (i >= n) return 0;
    if (field === 16) return u16be(b, first + i * 2);
    if (field === 8) return u8(b, first + i);
    const v = u8(b, first + (i >> 1));
    return i % 2 === 0 ? v >> 4 : v & 15;
  };
}

/** The byte range of every chunk of the track whose sample table is `stbl`. */
export function chunkRanges(b: Uint8Array, stbl: Box): Range[] {
  const offsets = chunkOffsets(b, stbl);
  const stsc = child(b, stbl, 'stsc');
  if (!stsc) throw new VideoFormatError('corrupt');
  const runs = entryCount(b, stsc, 12);
  const size = sampleSizes(b, stbl);
  const out: Range[] = [];
  let sample = 0;
  for (let r = 0; r < runs; r += 1) {
    const at = body(stsc) + 8 + r * 12;
    const firstChunk = u32be(b, at) - 1;
    const perChunk = u32be(b, at + 4);
    const nextFirst = r + 1 < runs ? u32be(b, at + 12) - 1 : offsets.length;
    if (firstChunk < 0 || nextFirst > offsets.length) throw new VideoFormatError('corrupt');
    for (let c = firstChunk; c < nextFirst; c += 1) {
      const start = offsets[c] ?? 0;
      let length = 0;
      for (let s = 0; s < perChunk; s += 1) length += size(sample + s);
      sample += perChunk;
      if (length > 0) out.push([start, start + length]);
    }
  }
  return out;
}

/** Ranges sorted by start, touching ones joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** The first of the merged, sorted `ranges` that ends after `pos`. */
function firstEndingAfter(ranges: readonly Range[], pos: number): Range | undefined {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = ranges[mid];
    if (m && m[1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return ranges[lo];
}

/** Whether `r` overlaps any of the merged, sorted `ranges`. */
export function overlapsAny(ranges: readonly Range[], r: Range): boolean {
  const hit = firstEndingAfter(ranges, r[0]);
  return hit !== undefined && hit[0] < r[1];
}

/** Whether `r` lies wholly inside one of the merged, sorted `ranges`. */
export function insideOne(ranges: readonly Range[], r: Range): boolean {
  const hit = firstEndingAfter(ranges, r[0]);
  return hit !== undefined && hit[0] <= r[0] && r[1] <= hit[1];
}
