/**
 * The cleaned file as a Blob made of the original's own slices with a few pieces replaced: the
 * rewritten index (`moov`, WebM `Info`/`Tracks`) and zeros where metadata was. Nothing moves, so
 * no offset inside the file changes, and the media data is never read into memory. The same
 * bytes come as a stream from a source that is not a Blob (`patchedStream`).
 */
import type { ByteSource } from './byte-source';
import { VideoFormatError } from './video-errors';

/** Replace `[start, end)` with `bytes` (same length), or with zeros when `bytes` is missing. */
export interface Patch {
  start: number;
  end: number;
  bytes?: Uint8Array<ArrayBuffer>;
}

/** Zeros are added from one shared buffer, so zeroing a large box allocates once. */
const ZERO_PIECE = 1024 * 1024;
let zeros: Uint8Array<ArrayBuffer> | undefined;

function zeroParts(length: number): Uint8Array<ArrayBuffer>[] {
  zeros ??= new Uint8Array(ZERO_PIECE);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let left = length; left > 0; left -= ZERO_PIECE) {
    parts.push(zeros.subarray(0, Math.min(left, ZERO_PIECE)));
  }
  return parts;
}

/** Patches sorted and merged: zero runs that touch or overlap become one. */
function ordered(patches: readonly Patch[]): Patch[] {
  const sorted = [...patches].sort((a, b) => a.start - b.start);
  const out: Patch[] = [];
  for (const p of sorted) {
    if (p.bytes && p.bytes.length !== p.end - p.start) throw new Error('patch length');
    const last = out[out.length - 1];
    if (last && p.start < last.end) {
      // Two zero runs may overlap (metadata chunks shared by tracks); a rewrite may not.
      if (last.bytes || p.bytes) throw new VideoFormatError('corrupt');
      last.end = Math.max(last.end, p.end);
      continue;
    }
    out.push({ ...p });
  }
  return out;
}

/** The patches in order, checked against a file of `size` bytes. */
function checked(size: number, patches: readonly Patch[]): Patch[] {
  const out = ordered(patches);
  let at = 0;
  for (const p of out) {
    if (p.start < at || p.end > size) throw new VideoFormatError('corrupt');
    at = p.end;
  }
  return out;
}

export function patchedBlob(file: Blob, patches: readonly Patch[], type: string): Blob {
  const parts: BlobPart[] = [];
  let at = 0;
  for (const p of checked(file.size, patches)) {
    if (p.start > at) parts.push(file.slice(at, p.start));
    if (p.bytes) parts.push(p.bytes);
    else parts.push(...zeroParts(p.end - p.start));
    at = p.end;
  }
  if (at < file.size) parts.push(file.slice(at));
  return new Blob(parts, { type });
}

/**
 * `bytes` (the file's `[at, at + bytes.length)`) with the patches that touch it applied; the
 * patches are in order, and those before `first` end before `at`.
 */
function applyPatches(
  bytes: Uint8Array,
  at: number,
  patches: readonly Patch[],
  first: number,
): void {
  const stop = at + bytes.length;
  for (let i = first; i < patches.length; i += 1) {
    const p = patches[i];
    if (!p || p.start >= stop) break;
    if (p.end <= at) continue;
    const from = Math.max(p.start, at);
    const to = Math.min(p.end, stop);
    if (p.bytes) bytes.set(p.bytes.subarray(from - p.start, to - p.start), from - at);
    else bytes.fill(0, from - at, to - at);
  }
}

/**
 * The same bytes as `patchedBlob`, read from `source` `step` bytes at a time as the stream is
 * pulled: for a source that is not a Blob (the export's sealed pieces, opened one at a time),
 * so the video is never whole in memory, not even in a Blob the browser may keep in RAM.
 */
export function patchedStream(
  source: ByteSource,
  patches: readonly Patch[],
  step: number,
): ReadableStream<Uint8Array> {
  const list = checked(source.size, patches);
  let at = 0;
  let first = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (source.size === 0) controller.close();
      },
      async pull(controller) {
        const stop = Math.min(source.size, at + step);
        const bytes = await source.read(at, stop);
        // Patches are in order: those that end before this step are done with.
        while (first < list.length && (list[first]?.end ?? 0) <= at) first += 1;
        applyPatches(bytes, at, list, first);
        controller.enqueue(bytes);
        at = stop;
        if (at >= source.size) controller.close();
      },
    },
    { highWaterMark: 0 },
  );
}
