import type { ImageCodec } from './process-photo';
import { REENCODE_QUALITY, THUMB_QUALITY, THUMB_SIDE } from './limits';

function fit(width: number, height: number, side: number): { w: number; h: number } {
  const scale = Math.min(1, side / Math.max(width, height));
  return {
    w: Math.max(1, Math.round(width * scale)),
    h: Math.max(1, Math.round(height * scale)),
  };
}

async function toJpeg(bitmap: ImageBitmap, w: number, h: number, quality: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  // JPEG has no transparency: a transparent PNG or GIF gets paper-white, not black.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.drawImage(bitmap, 0, 0, w, h);
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}

/**
 * The browser's decoder, for workers: `createImageBitmap` applies the EXIF orientation and
 * resizes while decoding (sizes are those of the picture as shown), and OffscreenCanvas encodes.
 */
export const browserCodec: ImageCodec = {
  async thumbnail(clean, width, height) {
    const { w, h } = fit(width, height, THUMB_SIDE);
    const bitmap = await createImageBitmap(clean, {
      resizeWidth: w,
      resizeHeight: h,
      resizeQuality: 'medium',
    });
    try {
      return await toJpeg(bitmap, w, h, THUMB_QUALITY);
    } finally {
      bitmap.close();
    }
  },
  async reencode(file) {
    const bitmap = await createImageBitmap(file);
    try {
      return await toJpeg(bitmap, bitmap.width, bitmap.height, REENCODE_QUALITY);
    } finally {
      bitmap.close();
    }
  },
};

/** Pixels (RGBA) from a decoder such as the HEIC one, as a high-quality JPEG. */
export async function rgbaToJpeg(
  data: Uint8ClampedArray,
  width: number,
  height: number,
): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.putImageData(new ImageData(data as Uint8ClampedArray<ArrayBuffer>, width, height), 0, 0);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: REENCODE_QUALITY });
}
