/**
 * The cleaned file as a Blob made of the original's own slices with a few pieces replaced: the
 * rewritten index (`moov`, WebM `Info`/`Tracks`) and zeros where metadata was. Nothing moves, so
 * no offset inside the file changes, and the media data is never read into memory.
 */
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

export function patchedBlob(file: Blob, patches: readonly Patch[], type: string): Blob {
  const parts: BlobPart[] = [];
  let at = 0;
  for (const p of ordered(patches)) {
    if (p.start < at || p.end > file.size) throw new VideoFormatError('corrupt');
    if (p.start > at) parts.push(file.slice(at, p.start));
    if (p.bytes) parts.push(p.bytes);
    else parts.push(...zeroParts(p.end - p.start));
    at = p.end;
  }
  if (at < file.size) parts.push(file.slice(at));
  return new Blob(parts, { type });
}
