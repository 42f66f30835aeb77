/** ISO base media file format (MP4, QuickTime) box headers, read in memory or from a file. */
import { ascii, u32be, u8 } from '../byte-utils';
import type { BlobWindow } from './blob-window';
import { VideoFormatError } from './video-errors';

export interface Box {
  type: string;
  /** Offset of the box (in the buffer, or in the file for top-level boxes). */
  start: number;
  headerSize: number;
  /** Whole box, header included. */
  size: number;
}

export const end = (b: Box): number => b.start + b.size;
export const body = (b: Box): number => b.start + b.headerSize;

export function u64be(b: Uint8Array, at: number): number {
  const v = u32be(b, at) * 2 ** 32 + u32be(b, at + 4);
  if (!Number.isSafeInteger(v)) throw new VideoFormatError('corrupt');
  return v;
}

/**
 * The header of the box at `at` in `b`, whose parent ends at `limit`. `base` is added to the
 * offsets (a header read from a file window). A box past its parent's end is `corrupt`.
 */
export function boxAt(b: Uint8Array, at: number, limit: number, base = 0): Box {
  if (at + 8 > limit) throw new VideoFormatError('corrupt');
  const size32 = u32be(b, at);
  const type = ascii(b, at + 4, at + 8);
  let size = size32;
  let headerSize = 8;
  if (size32 === 1) {
    if (at + 16 > limit) throw new VideoFormatError('corrupt');
    size = u64be(b, at + 8);
    headerSize = 16;
  } else if (size32 === 0) {
    // "Extends to the end of its container" (allowed for the last top-level box).
    size = limit - at;
  }
  if (size < headerSize || at + size > limit) throw new VideoFormatError('corrupt');
  return { type, start: base + at, headerSize, size };
}

/** The boxes inside `parent` (a box in `b`), after `skip` bytes of the parent's own fields. */
export function children(b: Uint8Array, parent: Box, skip = 0): Box[] {
  const out: Box[] = [];
  let at = body(parent) + skip;
  const limit = end(parent);
  while (at < limit) {
    const box = boxAt(b, at, limit);
    out.push(box);
    at = end(box);
  }
  return out;
}

/** The first child of a type, if any. */
export function child(b: Uint8Array, parent: Box, type: string): Box | undefined {
  return children(b, parent).find((c) => c.type === type);
}

/** A FullBox's version byte. */
export function versionOf(b: Uint8Array, box: Box): number {
  return u8(b, body(box));
}

/** Turns a box into a `free` box of the same size with every byte after the header zeroed. */
export function freeBox(b: Uint8Array, box: Box): void {
  b.set([0x66, 0x72, 0x65, 0x65], box.start + 4);
  b.fill(0, body(box), end(box));
}

/** The top-level boxes of a file, read header by header (the media data is never read). */
export async function topLevelBoxes(win: BlobWindow, maxBoxes: number): Promise<Box[]> {
  const out: Box[] = [];
  let at = 0;
  while (at < win.size) {
    if (out.length >= maxBoxes) throw new VideoFormatError('cannot-clean');
    const head = await win.read(at, 16);
    if (head.length < 8) throw new VideoFormatError('truncated');
    const size32 = u32be(head, 0);
    const size = size32 === 1 ? (head.length < 16 ? -1 : u64be(head, 8)) : size32;
    // A box that says it runs past the file's end: the file was cut short.
    if (size > win.size - at) throw new VideoFormatError('truncated');
    const box = boxAt(head, 0, size32 === 0 ? win.size - at : size, at);
    out.push(box);
    at = end(box);
  }
  return out;
}
