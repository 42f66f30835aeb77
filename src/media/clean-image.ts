import type { SniffedType } from '@/domain';

import { ascii, u32be } from './byte-utils';
import type { Orientation } from './exif-orientation';
import { cleanGif } from './gif-clean';
import { ImageFormatError } from './image-errors';
import { cleanJpeg, type CleanedImage } from './jpeg-clean';
import { MAX_PIXELS } from './limits';
import { cleanPng } from './png-clean';
import { cleanWebp } from './webp-clean';

/** Types kept byte for byte (metadata removed, picture untouched). */
export type ByteCleanType = 'jpeg' | 'png' | 'webp' | 'gif';

export function isByteCleanType(t: SniffedType): t is ByteCleanType {
  return t === 'jpeg' || t === 'png' || t === 'webp' || t === 'gif';
}

/** Refuses a decoding bomb from its header, before any pixel is decoded. */
export function checkPixels(width: number, height: number): void {
  if (width * height > MAX_PIXELS) throw new ImageFormatError('too-large');
}

/**
 * Removes every piece of metadata from a JPEG, PNG, WebP or GIF and reports the size as shown.
 * Only a JPEG carries an orientation forward (as a minimal EXIF): the other formats have no
 * orientation that browsers agree on, and phones do not write one into them.
 */
export function cleanImage(
  type: ByteCleanType,
  bytes: Uint8Array,
  orientation: Orientation,
): CleanedImage {
  const cleaned =
    type === 'jpeg'
      ? cleanJpeg(bytes, orientation)
      : type === 'png'
        ? cleanPng(bytes)
        : type === 'webp'
          ? cleanWebp(bytes)
          : cleanGif(bytes);
  checkPixels(cleaned.width, cleaned.height);
  return cleaned;
}

/**
 * The largest picture a HEIF/AVIF file announces in its `ispe` (image spatial extent) boxes,
 * found without decoding: the main picture is the largest, tiles and thumbnails are smaller.
 */
export function heifPixels(bytes: Uint8Array): number | undefined {
  let largest: number | undefined;
  const limit = Math.min(bytes.length - 16, 1 << 20);
  for (let i = 4; i < limit; i += 1) {
    if (bytes[i] === 0x69 && ascii(bytes, i, i + 4) === 'ispe') {
      const pixels = u32be(bytes, i + 8) * u32be(bytes, i + 12);
      largest = Math.max(largest ?? 0, pixels);
    }
  }
  return largest;
}
