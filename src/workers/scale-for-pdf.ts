import type { PdfPhoto } from '@/pack/pdf';
import type { Photo } from '@/domain';

/** Longest side in the PDF: sharp on an A4 page at about 170 dpi, and a tenth of the bytes. */
export const PDF_PHOTO_SIDE = 1400;
const PDF_PHOTO_QUALITY = 0.82;

/** A JPEG decoder can draw the picture at n/8 of its size (libjpeg's DCT scaling), n = 1…8. */
const DCT_EIGHTHS = 8;

export interface Size {
  width: number;
  height: number;
}

/** The print size of a photo: its longest side at most PDF_PHOTO_SIDE, never enlarged. */
export function printSize(photo: Size): Size {
  const scale = Math.min(1, PDF_PHOTO_SIDE / Math.max(photo.width, photo.height, 1));
  return {
    width: Math.max(1, Math.round(photo.width * scale)),
    height: Math.max(1, Math.round(photo.height * scale)),
  };
}

/**
 * The size to ask a JPEG decoder for: the smallest n/8 of the photo that still covers the print
 * size, so the decoder skips most of the pixels (a 12 MP photo decodes at 3/8, about 1.7 MP,
 * instead of 12 MP) and the last step only shrinks a little. Chromium picks its scale from the
 * area asked for (the largest n/8 whose pixels fit in it), so a side one pixel longer keeps
 * rounding from dropping to (n − 1)/8, and the area is the same whichever way the photo is
 * turned. Undefined: decode at full size.
 */
export function decodeSize(photo: Size, print: Size): Size | undefined {
  const longest = Math.max(photo.width, photo.height, 1);
  const eighths = Math.ceil((DCT_EIGHTHS * Math.max(print.width, print.height)) / longest);
  if (eighths >= DCT_EIGHTHS) return undefined;
  return {
    width: Math.ceil((photo.width * eighths) / DCT_EIGHTHS) + 1,
    height: Math.ceil((photo.height * eighths) / DCT_EIGHTHS) + 1,
  };
}

/**
 * The picture, decoded as small as print allows where the browser can (WebCodecs' ImageDecoder
 * scales a JPEG while decoding; the frame carries the EXIF orientation, which drawing applies),
 * else by createImageBitmap, which decodes every pixel and applies the orientation itself.
 */
async function decodeFor(
  original: Uint8Array,
  photo: Photo,
  print: Size,
): Promise<ImageBitmap | VideoFrame> {
  const small = photo.mime === 'image/jpeg' ? decodeSize(photo, print) : undefined;
  if (small && typeof ImageDecoder !== 'undefined') {
    const decoder = new ImageDecoder({
      data: original as Uint8Array<ArrayBuffer>,
      type: photo.mime,
      desiredWidth: small.width,
      desiredHeight: small.height,
    });
    try {
      return (await decoder.decode()).image;
    } finally {
      decoder.close();
    }
  }
  const blob = new Blob([original as Uint8Array<ArrayBuffer>], { type: photo.mime });
  return createImageBitmap(blob, {
    resizeWidth: print.width,
    resizeHeight: print.height,
    resizeQuality: 'high',
  });
}

/**
 * A photo scaled for print, as JPEG, from its opened bytes. The copy the decoder gets (a Blob
 * or ImageDecoder's own) is made here and dropped with the call.
 */
export async function scaleForPdf(original: Uint8Array, photo: Photo): Promise<PdfPhoto | null> {
  const print = printSize(photo);
  const { width: w, height: h } = print;
  const picture = await decodeFor(original, photo, print);
  try {
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(picture, 0, 0, w, h);
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: PDF_PHOTO_QUALITY });
    return {
      bytes: new Uint8Array(await jpeg.arrayBuffer()),
      mime: 'image/jpeg',
      width: w,
      height: h,
    };
  } finally {
    picture.close();
  }
}
