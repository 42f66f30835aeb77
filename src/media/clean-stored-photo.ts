/**
 * The photo importer's cleaning for bytes that arrive already typed (a moving pack's photos, and
 * every photo an export writes): the same limits, the same metadata removal, and a decode, so
 * nothing reaches a book or a pack that this app has not cleaned and seen as a picture itself.
 * Cleaning is idempotent: already clean bytes come back byte for byte, which keeps export →
 * import → export identical.
 */
import { sha256Hex } from '@/crypto';
import { SNIFF_BYTES, sniffType } from '@/domain';

import { cleanImage, isByteCleanType } from './clean-image';
import { ImageFormatError, type ImportFailure } from './image-errors';
import type { CleanedImage } from './jpeg-clean';
import { MAX_FILE_BYTES } from './limits';
import { readPhotoMetadata } from './read-exif';

/**
 * Removes every piece of metadata from a JPEG, PNG, WebP or GIF, as the photo importer does
 * (orientation kept as a minimal EXIF). Throws an ImageFormatError naming the reason: empty,
 * over the byte or pixel limit, not one of the four types, or a structure the cleaner refuses.
 */
export async function cleanStoredPhoto(bytes: Uint8Array): Promise<CleanedImage> {
  if (bytes.byteLength === 0) throw new ImageFormatError('empty');
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ImageFormatError('too-large');
  const type = sniffType(bytes.subarray(0, SNIFF_BYTES));
  if (type === 'svg') throw new ImageFormatError('svg');
  if (type === 'unknown') throw new ImageFormatError('not-an-image');
  // A pack or a book holds only these four; HEIC and AVIF were made JPEG on the way in.
  if (!isByteCleanType(type)) throw new ImageFormatError('unsupported-type');
  const orientation = type === 'jpeg' ? (await readPhotoMetadata(bytes)).orientation : 1;
  return cleanImage(type, bytes, orientation);
}

export interface CheckedPhoto {
  clean: CleanedImage;
  /** SHA-256 (hex) of the clean bytes. */
  sha256: string;
  /** A small JPEG drawn from the clean bytes: proof that the browser can decode them. */
  thumb: Blob;
}

export type PhotoCheck = { ok: true; photo: CheckedPhoto } | { ok: false; reason: ImportFailure };

/**
 * Cleans, then decodes (the thumbnail is the decode): a file that cleans but does not decode is
 * refused as `corrupt`, never stored with its own bytes standing in for a picture.
 */
export async function checkStoredPhoto(
  bytes: Uint8Array,
  thumbnail: (clean: Blob, width: number, height: number) => Promise<Blob>,
): Promise<PhotoCheck> {
  let clean: CleanedImage;
  try {
    clean = await cleanStoredPhoto(bytes);
  } catch (e) {
    if (e instanceof ImageFormatError) return { ok: false, reason: e.reason };
    return { ok: false, reason: 'unknown' };
  }
  let thumb: Blob;
  try {
    thumb = await thumbnail(
      new Blob([clean.bytes], { type: clean.mime }),
      clean.width,
      clean.height,
    );
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  return { ok: true, photo: { clean, sha256: await sha256Hex(clean.bytes), thumb } };
}
