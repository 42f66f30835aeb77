import { joinBytes } from '@/crypto';

import { ascii, u16le, u24le, u32le, u8 } from './byte-utils';
import { ImageFormatError } from './image-errors';
import type { CleanedImage } from './jpeg-clean';

const KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const VP8X_EXIF = 0x08;
const VP8X_XMP = 0x04;

function frameSize(type: string, b: Uint8Array, data: number): { width: number; height: number } {
  if (type === 'VP8X') return { width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1 };
  if (type === 'VP8L') {
    if (u8(b, data) !== 0x2f) throw new ImageFormatError('corrupt');
    const bits = u32le(b, data + 1);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  // Lossy VP8: a 3-byte frame tag, the start code 9d 01 2a, then 14-bit width and height.
  if (u8(b, data + 3) !== 0x9d || u8(b, data + 4) !== 0x01 || u8(b, data + 5) !== 0x2a)
    throw new ImageFormatError('corrupt');
  return { width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff };
}

/** Rewrites a WebP without its EXIF and XMP chunks (and clears the flags that announce them). */
export function cleanWebp(b: Uint8Array): CleanedImage {
  const declared = u32le(b, 4) + 8;
  if (declared > b.length) throw new ImageFormatError('truncated');
  const parts: Uint8Array[] = [];
  let size: { width: number; height: number } | undefined;
  let i = 12;
  while (i + 8 <= declared) {
    const type = ascii(b, i, i + 4);
    const length = u32le(b, i + 4);
    const end = i + 8 + length + (length % 2);
    if (end > b.length) throw new ImageFormatError('truncated');
    if (KEPT.has(type)) {
      if (!size && (type === 'VP8X' || type === 'VP8 ' || type === 'VP8L'))
        size = frameSize(type, b, i + 8);
      if (type === 'VP8X') {
        const chunk = b.slice(i, end);
        chunk[8] = (chunk[8] ?? 0) & ~(VP8X_EXIF | VP8X_XMP);
        parts.push(chunk);
      } else parts.push(b.subarray(i, end));
    }
    i = end;
  }
  if (!size || size.width === 0 || size.height === 0) throw new ImageFormatError('corrupt');
  const bodyLength = parts.reduce((n, p) => n + p.length, 0);
  const riffSize = 4 + bodyLength;
  const header = new Uint8Array(12);
  header.set(b.subarray(0, 4));
  header.set(
    [riffSize & 0xff, (riffSize >> 8) & 0xff, (riffSize >> 16) & 0xff, riffSize >>> 24],
    4,
  );
  header.set(b.subarray(8, 12), 8);
  return { bytes: joinBytes([header, ...parts]), mime: 'image/webp', ...size };
}
