import { isPhotoType, sniffType } from '@/domain';

export class NotAnImageError extends Error {
  constructor() {
    super('not an image');
    this.name = 'NotAnImageError';
  }
}

export interface Reencoded {
  original: Blob;
  thumb: Blob;
  width: number;
  height: number;
}

async function draw(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  quality: number,
): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new NotAnImageError();
  ctx.drawImage(bitmap, 0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}

/**
 * Re-encodes a picture as a fresh JPEG. Only pixels survive, so no GPS position, camera serial
 * or other metadata is ever stored; the EXIF orientation is applied while decoding.
 */
export async function reencodePhoto(
  file: Blob,
  maxSide = 1600,
  thumbSide = 320,
): Promise<Reencoded> {
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (!isPhotoType(sniffType(head))) throw new NotAnImageError();
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new NotAnImageError();
  }
  try {
    const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const tscale = Math.min(1, thumbSide / Math.max(width, height));
    const original = await draw(bitmap, width, height, 0.9);
    const thumb = await draw(
      bitmap,
      Math.max(1, Math.round(width * tscale)),
      Math.max(1, Math.round(height * tscale)),
      0.8,
    );
    return { original, thumb, width, height };
  } finally {
    bitmap.close();
  }
}
