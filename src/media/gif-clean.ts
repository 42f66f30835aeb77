import { joinBytes } from '@/crypto';

import { ascii, u16le, u8 } from './byte-utils';
import { ImageFormatError } from './image-errors';
import type { CleanedImage } from './jpeg-clean';

/** Returns the offset just past a run of data sub-blocks (ending with a zero-length block). */
function skipSubBlocks(b: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    const n = u8(b, i);
    i += 1 + n;
    if (n === 0) return i;
    if (i > b.length) throw new ImageFormatError('truncated');
  }
}

/** Application extensions a browser needs for animation loops; all others (XMP, ICC …) go. */
const KEPT_APPS = new Set(['NETSCAPE2.0', 'ANIMEXTS1.0']);

/** Rewrites a GIF without comments, XMP and other application data. */
export function cleanGif(b: Uint8Array): CleanedImage {
  const width = u16le(b, 6);
  const height = u16le(b, 8);
  const packed = u8(b, 10);
  let i = 13 + (packed & 0x80 ? 3 * (1 << ((packed & 0x07) + 1)) : 0);
  const parts: Uint8Array[] = [b.subarray(0, i)];
  let sawTrailer = false;
  while (i < b.length) {
    const block = u8(b, i);
    if (block === 0x3b) {
      parts.push(b.subarray(i, i + 1));
      sawTrailer = true;
      break;
    }
    if (block === 0x2c) {
      const flags = u8(b, i + 9);
      const tableEnd = i + 10 + (flags & 0x80 ? 3 * (1 << ((flags & 0x07) + 1)) : 0);
      const end = skipSubBlocks(b, tableEnd + 1); // +1: LZW minimum code size
      parts.push(b.subarray(i, end));
      i = end;
    } else if (block === 0x21) {
      const label = u8(b, i + 1);
      const end = skipSubBlocks(b, i + 2);
      const keep = label === 0xf9 || (label === 0xff && KEPT_APPS.has(ascii(b, i + 3, i + 3 + 11)));
      if (keep) parts.push(b.subarray(i, end));
      i = end;
    } else throw new ImageFormatError('corrupt');
  }
  if (i > b.length || !sawTrailer) throw new ImageFormatError('truncated');
  if (width === 0 || height === 0) throw new ImageFormatError('corrupt');
  return { bytes: joinBytes(parts), mime: 'image/gif', width, height };
}
