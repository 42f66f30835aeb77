import { joinBytes } from '@/crypto';

import { ascii, u16be, u8 } from './byte-utils';
import { minimalExifSegment, swapsSides, type Orientation } from './exif-orientation';
import { ImageFormatError } from './image-errors';

export interface CleanedImage {
  bytes: Uint8Array<ArrayBuffer>;
  mime: string;
  /** As shown, after the orientation is applied. */
  width: number;
  height: number;
  /**
   * The pieces `bytes` was joined from, in order: views into the input wherever the clean file
   * is the input's own bytes (the picture), new arrays elsewhere (rebuilt headers). The importer
   * decodes from slices of the original File instead of a Blob of `bytes` (see process-photo).
   */
  parts?: readonly Uint8Array[];
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isSof(m: number): boolean {
  return m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
}

/** Tables and restart settings the decoder needs; everything else between them goes. */
function isCodingSegment(m: number): boolean {
  return isSof(m) || m === 0xc4 || m === 0xcc || m === 0xdb || m === 0xdd || m === 0xdc;
}

/**
 * JFIF kept as a fresh 16-byte header: the pixel density survives, a JFIF thumbnail (a second,
 * small copy of the picture) does not.
 */
function cleanJfif(b: Uint8Array, start: number, length: number): Uint8Array | undefined {
  if (length < 16 || ascii(b, start + 4, start + 9) !== 'JFIF\0') return undefined;
  const out = b.slice(start, start + 18);
  out[3] = 16; // length without the thumbnail
  out[16] = 0; // thumbnail width
  out[17] = 0; // thumbnail height
  return out;
}

/** Adobe APP14 tells the decoder how colours were transformed; only its 12 known bytes are kept. */
function cleanAdobe(b: Uint8Array, start: number, length: number): Uint8Array | undefined {
  if (length < 14 || ascii(b, start + 4, start + 9) !== 'Adobe') return undefined;
  const out = b.slice(start, start + 16);
  out[2] = 0;
  out[3] = 14;
  return out;
}

function isIcc(b: Uint8Array, start: number): boolean {
  return ascii(b, start + 4, start + 16) === 'ICC_PROFILE\0';
}

/** Markers that may follow a scan: tables, restart interval, the next scan, metadata. */
function mayFollowScan(m: number): boolean {
  return (
    m === SOS ||
    m === 0xc4 ||
    m === 0xcc ||
    m === 0xdb ||
    m === 0xdc ||
    m === 0xdd ||
    (m >= APP0 && m <= 0xef) ||
    m === COM
  );
}

/**
 * Whether the 0xFF at `p`, inside a scan, starts the segment after it: the end of the picture,
 * or a segment of a kind that may follow a scan whose length fits the file and is followed by
 * another marker (a scan's header by its own rule). Anything else is damage inside the
 * compressed picture (a flipped bit, an unstuffed 0xFF): decoders skip it with a warning and
 * show the picture, so it stays as it is.
 */
function endsScan(b: Uint8Array, p: number): boolean {
  const m = b[p + 1] ?? 0;
  if (m === EOI) return true;
  if (!mayFollowScan(m)) return false;
  const length = ((b[p + 2] ?? 0) << 8) | (b[p + 3] ?? 0);
  const end = p + 2 + length;
  if (length < 2 || end > b.length) return false;
  if (m === SOS) {
    const components = b[p + 4] ?? 0;
    return components >= 1 && components <= 4 && length === 6 + 2 * components;
  }
  const next = b[end + 1];
  return b[end] === 0xff && next !== undefined && next !== 0x00;
}

/**
 * End of entropy-coded data: the first 0xFF that starts a real segment (see `endsScan`). Stuffed
 * zeros, restarts and fill bytes are skipped like any damaged bytes; no end at all is a file cut
 * short.
 */
function scanEnd(b: Uint8Array, from: number): number {
  let p = from;
  for (;;) {
    p = b.indexOf(0xff, p);
    if (p < 0 || p + 1 >= b.length) throw new ImageFormatError('truncated');
    if (endsScan(b, p)) return p;
    p += 1;
  }
}

/**
 * Rewrites a JPEG without any metadata, without touching the compressed picture: only the
 * segments a decoder needs (frame, tables, scans), an ICC colour profile, a cleaned JFIF/Adobe
 * header and, when the picture must be turned, a minimal EXIF with the orientation alone. Exif
 * (GPS, camera, serial numbers, maker notes, embedded thumbnails), XMP, IPTC, comments, MPF and
 * everything after the end of the picture (phones append depth maps and more there) is dropped.
 */
export function cleanJpeg(
  b: Uint8Array,
  orientation: Orientation,
  // A paper's PDF may hold CMYK pictures: PDF readers show them, unlike browsers (photos).
  opts: { keepCmyk?: boolean } = {},
): CleanedImage {
  if (u8(b, 0) !== 0xff || u8(b, 1) !== SOI) throw new ImageFormatError('not-an-image');
  const head: Uint8Array[] = [b.subarray(0, 2)];
  const icc: Uint8Array[] = [];
  const body: Uint8Array[] = [];
  let jfif: Uint8Array | undefined;
  let adobe: Uint8Array | undefined;
  let frame: { width: number; height: number; components: number } | undefined;
  let sawEoi = false;
  let i = 2;

  while (i < b.length) {
    if (u8(b, i) !== 0xff) throw new ImageFormatError('corrupt');
    while (u8(b, i + 1) === 0xff) i += 1; // fill bytes before a marker
    const m = u8(b, i + 1);
    if (m === EOI) {
      body.push(b.subarray(i, i + 2));
      sawEoi = true;
      break;
    }
    if (m === SOI || (m >= 0xd0 && m <= 0xd7) || m === 0x01) {
      // A stray standalone marker between segments: harmless, and carries no data.
      i += 2;
      continue;
    }
    const length = u16be(b, i + 2);
    if (length < 2) throw new ImageFormatError('corrupt');
    const end = i + 2 + length;
    if (end > b.length) throw new ImageFormatError('truncated');

    if (m === APP0) jfif ??= cleanJfif(b, i, length);
    else if (m === APP2 && isIcc(b, i)) icc.push(b.subarray(i, end));
    else if (m === APP14) adobe ??= cleanAdobe(b, i, length);
    else if (isCodingSegment(m)) {
      if (isSof(m) && !frame) {
        frame = { height: u16be(b, i + 5), width: u16be(b, i + 7), components: u8(b, i + 9) };
      }
      body.push(b.subarray(i, end));
    } else if (m === SOS) {
      if (!frame) throw new ImageFormatError('corrupt');
      const dataEnd = scanEnd(b, end);
      body.push(b.subarray(i, dataEnd));
      i = dataEnd;
      continue;
    }
    // Anything else (APP1 Exif/XMP, APP3–APP13 with IPTC, APP15, COM, reserved) is left out.
    i = end;
  }

  if (!sawEoi) throw new ImageFormatError('truncated');
  if (!frame) throw new ImageFormatError('corrupt');
  if (frame.width === 0 || frame.height === 0) throw new ImageFormatError('corrupt');
  if (frame.components === 4 && opts.keepCmyk !== true) throw new ImageFormatError('cmyk');

  if (jfif) head.push(jfif);
  if (orientation !== 1) head.push(minimalExifSegment(orientation));
  head.push(...icc);
  if (adobe) head.push(adobe);
  const turned = swapsSides(orientation);
  const parts = [...head, ...body];
  return {
    bytes: joinBytes(parts),
    parts,
    mime: 'image/jpeg',
    width: turned ? frame.height : frame.width,
    height: turned ? frame.width : frame.height,
  };
}
