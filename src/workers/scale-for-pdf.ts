import type { PdfPhoto } from '@/pack/pdf';
import type { Photo } from '@/domain';

/** Longest side in the PDF: sharp on an A4 page at about 170 dpi, and a tenth of the bytes. */
export const PDF_PHOTO_SIDE = 1400;
const PDF_PHOTO_QUALITY = 0.82;

/**
 * A photo scaled for print, as JPEG, from its opened bytes; the browser applies the EXIF
 * orientation on decode. The Blob is made here, for the decoder, and dropped with the call.
 */
export async function scaleForPdf(original: Uint8Array, photo: Photo): Promise<PdfPhoto | null> {
  const scale = Math.min(1, PDF_PHOTO_SIDE / Math.max(photo.width, photo.height, 1));
  const w = Math.max(1, Math.round(photo.width * scale));
  const h = Math.max(1, Math.round(photo.height * scale));
  const blob = new Blob([original as Uint8Array<ArrayBuffer>], { type: photo.mime });
  const bitmap = await createImageBitmap(blob, {
    resizeWidth: w,
    resizeHeight: h,
    resizeQuality: 'high',
  });
  try {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(bitmap, 0, 0, w, h);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: PDF_PHOTO_QUALITY });
    return {
      bytes: new Uint8Array(await jpeg.arrayBuffer()),
      mime: 'image/jpeg',
      width: w,
      height: h,
    };
  } finally {
    bitmap.close();
  }
}
