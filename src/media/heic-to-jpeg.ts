import createDecoder from 'heic-decode/lib.js';

import { rgbaToJpeg } from './browser-codec';

/**
 * A converter of iPhone HEIC photos to high-quality JPEGs, given a loaded libheif module (the
 * HEIC worker loads libheif-js, LGPL, as its own unmodified file; see the worker). libheif
 * applies the photo's own rotation and mirroring while decoding; the JPEG is made from pixels
 * alone, so no metadata comes along.
 */
export function heicToJpegWith(libheif: unknown): (file: Blob) => Promise<Blob> {
  const decoder = createDecoder(libheif);
  return async (file) => {
    const decoded = await decoder.one({ buffer: new Uint8Array(await file.arrayBuffer()) });
    return rgbaToJpeg(decoded.data, decoded.width, decoded.height);
  };
}
