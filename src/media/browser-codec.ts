import type { ImageCodec, Pictures } from './process-photo';
import { PRINT_QUALITY, PRINT_SIDE, REENCODE_QUALITY, THUMB_QUALITY, THUMB_SIDE } from './limits';

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
  // A thumbnail drawn from the print copy's bitmap is a 4× reduction: smoothed, not sampled.
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, w, h);
  return canvas.convertToBlob({ type: 'image/jpeg', quality });
}

async function thumbnail(clean: Blob, width: number, height: number): Promise<Blob> {
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
}

/**
 * A decoded picture's stored copies from one decode: the print copy (longest side PRINT_SIDE,
 * the JPEG quality the PDF always used) and the thumbnail drawn from the same bitmap. A picture
 * no larger than print size gets no print copy: the PDF draws it from its original, which costs
 * no more than a print copy would (issue 16).
 */
export async function drawPictures(clean: Blob, width: number, height: number): Promise<Pictures> {
  if (Math.max(width, height) <= PRINT_SIDE)
    return { thumb: await thumbnail(clean, width, height) };
  const p = fit(width, height, PRINT_SIDE);
  const bitmap = await createImageBitmap(clean, {
    resizeWidth: p.w,
    resizeHeight: p.h,
    resizeQuality: 'high',
  });
  try {
    const t = fit(width, height, THUMB_SIDE);
    const print = await toJpeg(bitmap, p.w, p.h, PRINT_QUALITY);
    return { print, thumb: await toJpeg(bitmap, t.w, t.h, THUMB_QUALITY) };
  } finally {
    bitmap.close();
  }
}

/**
 * The browser's decoder, for workers: `createImageBitmap` applies the EXIF orientation and
 * resizes while decoding (sizes are those of the picture as shown), and OffscreenCanvas encodes.
 */
export const browserCodec: ImageCodec = {
  thumbnail,
  pictures: drawPictures,
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
