/**
 * EXIF orientation 1–8 (TIFF tag 0x0112). 1 is upright; 5–8 turn the picture a quarter, so the
 * width and height a viewer shows are swapped.
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function toOrientation(value: unknown): Orientation {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8
    ? (value as Orientation)
    : 1;
}

export function swapsSides(o: Orientation): boolean {
  return o >= 5;
}

/**
 * The smallest APP1 Exif segment that says only how to turn the picture: a big-endian TIFF header
 * and one IFD with one entry. No date, camera, GPS or anything else that could identify anyone.
 */
export function minimalExifSegment(o: Orientation): Uint8Array<ArrayBuffer> {
  const tiff = [
    0x4d,
    0x4d,
    0x00,
    0x2a, // "MM", 42
    0x00,
    0x00,
    0x00,
    0x08, // IFD0 at offset 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03, // tag Orientation, type SHORT
    0x00,
    0x00,
    0x00,
    0x01, // count 1
    0x00,
    o,
    0x00,
    0x00, // value, padded to 4 bytes
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  ];
  const exifHeader = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
  const length = 2 + exifHeader.length + tiff.length;
  return new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...exifHeader, ...tiff]);
}
