import { sha256Hex } from '@/crypto';
import { seal } from '@/crypto';
import type { FuzzyDate } from '@/domain';

import { checkPixels, cleanImage, heifPixels, isByteCleanType } from './clean-image';
import { ImageFormatError } from './image-errors';
import type { ProcessOutcome, ProcessedPhoto, SealRequest } from './import-types';
import type { CleanedImage } from './jpeg-clean';
import { MAX_FILE_BYTES } from './limits';
import { readPhotoMetadata } from './read-exif';
import { SNIFF_BYTES, sniffType } from './sniff-type';

/** The parts that need a browser's image decoder, passed in so the rest runs in unit tests. */
export interface ImageCodec {
  /** A small JPEG of the picture as shown (orientation applied); rejects when it cannot decode. */
  thumbnail: (clean: Blob, width: number, height: number) => Promise<Blob>;
  /** Pixels only, as a high-quality JPEG (AVIF, whose metadata cannot be removed byte by byte). */
  reencode: (file: Blob) => Promise<Blob>;
}

/** Seals the picture and its thumbnail where they were made, then forgets the clear bytes. */
async function sealContent(
  bytes: Uint8Array<ArrayBuffer>,
  thumb: Blob,
  req: SealRequest,
): Promise<ProcessedPhoto['content']> {
  const thumbBytes = new Uint8Array(await thumb.arrayBuffer());
  try {
    const [o, t] = await Promise.all([
      seal(req.key, bytes, req.originalAad),
      seal(req.key, thumbBytes, req.thumbAad),
    ]);
    return {
      kind: 'sealed',
      original: { iv: o.iv, ct: new Blob([o.ct]) },
      thumb: { iv: t.iv, ct: new Blob([t.ct]) },
    };
  } finally {
    bytes.fill(0);
    thumbBytes.fill(0);
  }
}

async function finish(
  clean: CleanedImage,
  takenAt: FuzzyDate | undefined,
  codec: ImageCodec,
  sealWith: SealRequest | undefined,
): Promise<ProcessOutcome> {
  let thumb: Blob;
  try {
    thumb = await codec.thumbnail(
      new Blob([clean.bytes], { type: clean.mime }),
      clean.width,
      clean.height,
    );
  } catch {
    return { kind: 'failed', reason: 'corrupt' };
  }
  const sha256 = await sha256Hex(clean.bytes);
  const byteLength = clean.bytes.byteLength;
  const content: ProcessedPhoto['content'] = sealWith
    ? await sealContent(clean.bytes, thumb, sealWith)
    : { kind: 'plain', bytes: clean.bytes, thumb };
  return {
    kind: 'ok',
    photo: {
      content,
      byteLength,
      mime: clean.mime,
      width: clean.width,
      height: clean.height,
      sha256,
      ...(takenAt ? { takenAt } : {}),
    },
  };
}

async function processBytes(
  bytes: Uint8Array<ArrayBuffer>,
  hintTakenAt: FuzzyDate | undefined,
  codec: ImageCodec,
  sealWith: SealRequest | undefined,
): Promise<ProcessOutcome> {
  const type = sniffType(bytes.subarray(0, SNIFF_BYTES));
  if (type === 'svg') return { kind: 'failed', reason: 'svg' };
  if (type === 'unknown') return { kind: 'failed', reason: 'not-an-image' };
  if (type === 'tiff' || type === 'bmp') return { kind: 'failed', reason: 'unsupported-type' };

  const meta = await readPhotoMetadata(bytes);
  const takenAt = hintTakenAt ?? meta.takenAt;

  if (type === 'heic' || type === 'avif') {
    checkPixels(heifPixels(bytes) ?? 0, 1);
    if (type === 'heic') return { kind: 'heic', ...(takenAt ? { takenAt } : {}) };
    let jpeg: Blob;
    try {
      // The decoder applies the AVIF's own rotation; the new JPEG carries no metadata at all.
      jpeg = await codec.reencode(new Blob([bytes], { type: 'image/avif' }));
    } catch {
      return { kind: 'failed', reason: 'corrupt' };
    }
    const clean = cleanImage('jpeg', new Uint8Array(await jpeg.arrayBuffer()), 1);
    return finish(clean, takenAt, codec, sealWith);
  }
  if (!isByteCleanType(type)) return { kind: 'failed', reason: 'not-an-image' };
  return finish(cleanImage(type, bytes, meta.orientation), takenAt, codec, sealWith);
}

/**
 * One file through the whole pipeline: real type from the bytes, size limits, EXIF (orientation
 * and capture date), metadata removal, a thumbnail and the SHA-256 of the bytes to be stored;
 * with `sealWith`, the bytes and thumbnail come back sealed. Never throws: every problem becomes
 * a reason the import summary can name.
 */
export async function processPhoto(
  file: Blob,
  codec: ImageCodec,
  hintTakenAt?: FuzzyDate,
  sealWith?: SealRequest,
): Promise<ProcessOutcome> {
  if (file.size === 0) return { kind: 'failed', reason: 'empty' };
  if (file.size > MAX_FILE_BYTES) return { kind: 'failed', reason: 'too-large' };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return await processBytes(bytes, hintTakenAt, codec, sealWith);
  } catch (e) {
    if (e instanceof ImageFormatError) return { kind: 'failed', reason: e.reason };
    return { kind: 'failed', reason: 'unknown' };
  }
}
