import createDecoder from 'heic-decode/lib.js';
import libheif from 'libheif-js';

import { rgbaToJpeg } from './browser-codec';

const decoder = createDecoder(libheif);

/**
 * An iPhone HEIC photo as a high-quality JPEG. libheif applies the photo's own rotation and
 * mirroring while decoding; the JPEG is made from pixels alone, so no metadata comes along.
 * Loaded only in the HEIC worker, which starts only when a HEIC file is dropped (3 MB of code).
 */
export async function heicToJpeg(file: Blob): Promise<Blob> {
  const decoded = await decoder.one({ buffer: new Uint8Array(await file.arrayBuffer()) });
  return rgbaToJpeg(decoded.data, decoded.width, decoded.height);
}
