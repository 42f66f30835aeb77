import { joinBytes } from '@/crypto';

import { ascii, u32be } from './byte-utils';
import { ImageFormatError } from './image-errors';
import type { CleanedImage } from './jpeg-clean';

const SIGNATURE_BYTES = 8;

/**
 * Chunks a PNG (or an animated PNG) needs to look right. Everything else goes: text chunks
 * (tEXt, iTXt, zTXt: often XMP with GPS, or software and author names), eXIf, tIME and private
 * chunks whose content nobody can vouch for.
 */
const KEPT = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCv',
  'cLLi',
  'bKGD',
  'hIST',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

/** Rewrites a PNG chunk by chunk, keeping the compressed picture as it is. */
export function cleanPng(b: Uint8Array): CleanedImage {
  const parts: Uint8Array[] = [b.subarray(0, SIGNATURE_BYTES)];
  let i = SIGNATURE_BYTES;
  let size: { width: number; height: number } | undefined;
  let sawIend = false;
  while (i < b.length) {
    const length = u32be(b, i);
    const type = ascii(b, i + 4, i + 8);
    const end = i + 12 + length;
    if (length > 0x7fffffff) throw new ImageFormatError('corrupt');
    if (end > b.length) throw new ImageFormatError('truncated');
    if (i === SIGNATURE_BYTES) {
      if (type !== 'IHDR' || length !== 13) throw new ImageFormatError('corrupt');
      size = { width: u32be(b, i + 8), height: u32be(b, i + 12) };
    }
    if (KEPT.has(type)) parts.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') {
      sawIend = true;
      break; // bytes after the end are never part of the picture
    }
  }
  if (!size) throw new ImageFormatError('truncated');
  if (!sawIend) throw new ImageFormatError('truncated');
  if (size.width === 0 || size.height === 0) throw new ImageFormatError('corrupt');
  return { bytes: joinBytes(parts), mime: 'image/png', ...size };
}
