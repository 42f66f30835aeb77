/**
 * Builds the metadata that phones and cameras write into photos, so tests can prove it is gone:
 * EXIF with GPS, camera, serial number, a maker note and an embedded thumbnail; XMP with a
 * position; IPTC with a city; comments; MPF; and a second picture after the end of the first.
 * Test code only. Every place and name here is made up.
 */
import { joinBytes } from '@/crypto';

type Entry =
  | { tag: number; type: 'ascii'; value: string }
  | { tag: number; type: 'short' | 'long'; value: number[] }
  | { tag: number; type: 'rational'; value: [number, number][] }
  | { tag: number; type: 'undefined'; value: Uint8Array };

const TYPE_CODE = { ascii: 2, short: 3, long: 4, rational: 5, undefined: 7 } as const;

function payload(e: Entry): Uint8Array {
  switch (e.type) {
    case 'ascii':
      return new TextEncoder().encode(`${e.value}\0`);
    case 'undefined':
      return e.value;
    case 'short':
      return littleEndian(e.value, 2);
    case 'long':
      return littleEndian(e.value, 4);
    case 'rational':
      // A rational is two longs: the numerator, then the denominator.
      return littleEndian(e.value.flat(), 4);
  }
}

/** Unsigned little-endian numbers of `width` bytes each, one after the other. */
function littleEndian(values: number[], width: 2 | 4): Uint8Array {
  const out = new Uint8Array(values.length * width);
  const v = new DataView(out.buffer);
  values.forEach((n, i) => {
    if (width === 2) v.setUint16(i * 2, n, true);
    else v.setUint32(i * 4, n, true);
  });
  return out;
}

function count(e: Entry): number {
  if (e.type === 'ascii') return new TextEncoder().encode(e.value).length + 1;
  if (e.type === 'undefined') return e.value.length;
  return e.value.length;
}

function overflow(entries: Entry[]): number {
  return entries.reduce((n, e) => {
    const p = payload(e).length;
    return n + (p > 4 ? p + (p % 2) : 0);
  }, 0);
}

function ifdSize(entries: Entry[]): number {
  return 2 + entries.length * 12 + 4 + overflow(entries);
}

/** Writes one little-endian IFD at `start` (a TIFF offset) with its overflow data after it. */
function writeIfd(out: Uint8Array, start: number, entries: Entry[], next: number): void {
  const v = new DataView(out.buffer, out.byteOffset);
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  v.setUint16(start, sorted.length, true);
  let data = start + 2 + sorted.length * 12 + 4;
  sorted.forEach((e, i) => {
    const at = start + 2 + i * 12;
    const p = payload(e);
    v.setUint16(at, e.tag, true);
    v.setUint16(at + 2, TYPE_CODE[e.type], true);
    v.setUint32(at + 4, count(e), true);
    if (p.length <= 4) out.set(p, at + 8);
    else {
      v.setUint32(at + 8, data, true);
      out.set(p, data);
      data += p.length + (p.length % 2);
    }
  });
  v.setUint32(start + 2 + sorted.length * 12, next, true);
}

export interface ExifSpec {
  orientation?: number;
  dateTimeOriginal?: string;
  gps?: { lat: number; lon: number };
  camera?: { make: string; model: string; serial: string };
  makerNote?: string;
  /** Bytes of an embedded thumbnail (IFD1), as cameras write them. */
  thumbnail?: Uint8Array;
}

function dms(deg: number): [number, number][] {
  const d = Math.floor(deg);
  const m = Math.floor((deg - d) * 60);
  const s = Math.round(((deg - d) * 60 - m) * 60 * 100);
  return [
    [d, 1],
    [m, 1],
    [s, 100],
  ];
}

/** A TIFF structure (the body of an EXIF segment) in little-endian ("II") order. */
export function buildTiff(spec: ExifSpec): Uint8Array {
  const exif: Entry[] = [];
  if (spec.dateTimeOriginal)
    exif.push({ tag: 0x9003, type: 'ascii', value: spec.dateTimeOriginal });
  if (spec.makerNote)
    exif.push({ tag: 0x927c, type: 'undefined', value: new TextEncoder().encode(spec.makerNote) });
  if (spec.camera) exif.push({ tag: 0xa431, type: 'ascii', value: spec.camera.serial });
  const gps: Entry[] = spec.gps
    ? [
        { tag: 0x0000, type: 'undefined', value: new Uint8Array([2, 3, 0, 0]) },
        { tag: 0x0001, type: 'ascii', value: spec.gps.lat >= 0 ? 'N' : 'S' },
        { tag: 0x0002, type: 'rational', value: dms(Math.abs(spec.gps.lat)) },
        { tag: 0x0003, type: 'ascii', value: spec.gps.lon >= 0 ? 'E' : 'W' },
        { tag: 0x0004, type: 'rational', value: dms(Math.abs(spec.gps.lon)) },
      ]
    : [];
  const ifd0: Entry[] = [];
  if (spec.orientation !== undefined)
    ifd0.push({ tag: 0x0112, type: 'short', value: [spec.orientation] });
  if (spec.camera) {
    ifd0.push({ tag: 0x010f, type: 'ascii', value: spec.camera.make });
    ifd0.push({ tag: 0x0110, type: 'ascii', value: spec.camera.model });
  }
  // Pointers are placeholders of the right size first; their offsets are known after layout.
  const pointers: Entry[] = [];
  if (exif.length) pointers.push({ tag: 0x8769, type: 'long', value: [0] });
  if (gps.length) pointers.push({ tag: 0x8825, type: 'long', value: [0] });
  const ifd0All = [...ifd0, ...pointers];
  const ifd1: Entry[] = spec.thumbnail
    ? [
        { tag: 0x0103, type: 'short', value: [6] },
        { tag: 0x0201, type: 'long', value: [0] },
        { tag: 0x0202, type: 'long', value: [spec.thumbnail.length] },
      ]
    : [];

  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0All);
  const gpsAt = exifAt + (exif.length ? ifdSize(exif) : 0);
  const ifd1At = gpsAt + (gps.length ? ifdSize(gps) : 0);
  const thumbAt = ifd1At + (ifd1.length ? ifdSize(ifd1) : 0);
  const total = thumbAt + (spec.thumbnail?.length ?? 0);

  for (const p of pointers) {
    if (p.type === 'long') p.value = [p.tag === 0x8769 ? exifAt : gpsAt];
  }
  const offsetEntry = ifd1.find((e) => e.tag === 0x0201);
  if (offsetEntry?.type === 'long') offsetEntry.value = [thumbAt];

  const out = new Uint8Array(total);
  out.set([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  writeIfd(out, ifd0At, ifd0All, ifd1.length ? ifd1At : 0);
  if (exif.length) writeIfd(out, exifAt, exif, 0);
  if (gps.length) writeIfd(out, gpsAt, gps, 0);
  if (ifd1.length) writeIfd(out, ifd1At, ifd1, 0);
  if (spec.thumbnail) out.set(spec.thumbnail, thumbAt);
  return out;
}

function segment(marker: number, body: Uint8Array): Uint8Array {
  const length = body.length + 2;
  if (length > 0xffff) throw new Error('segment too long');
  const out = new Uint8Array(4 + body.length);
  out.set([0xff, marker, length >> 8, length & 0xff]);
  out.set(body, 4);
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

export function exifSegment(spec: ExifSpec): Uint8Array {
  return segment(0xe1, joinBytes([text('Exif\0\0'), buildTiff(spec)]));
}

export function xmpSegment(lat: string, city: string): Uint8Array {
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" exif:GPSLatitude="${lat}" photoshop:City="${city}"/></rdf:RDF></x:xmpmeta>`;
  return segment(0xe1, joinBytes([text('http://ns.adobe.com/xap/1.0/\0'), text(xmp)]));
}

export function iptcSegment(city: string): Uint8Array {
  const value = text(city);
  const iptc = joinBytes([new Uint8Array([0x1c, 0x02, 0x5a, 0x00, value.length]), value]);
  const size = new Uint8Array([0, 0, 0, iptc.length]);
  const pad = iptc.length % 2 ? new Uint8Array([0]) : new Uint8Array();
  return segment(
    0xed,
    joinBytes([
      text('Photoshop 3.0\0'),
      text('8BIM'),
      new Uint8Array([0x04, 0x04, 0, 0]),
      size,
      iptc,
      pad,
    ]),
  );
}

export function commentSegment(s: string): Uint8Array {
  return segment(0xfe, text(s));
}

export function mpfSegment(): Uint8Array {
  return segment(0xe2, joinBytes([text('MPF\0'), text('MM\0*'), new Uint8Array(16)]));
}

export function iccSegment(): Uint8Array {
  return segment(
    0xe2,
    joinBytes([text('ICC_PROFILE\0'), new Uint8Array([1, 1]), new Uint8Array(64)]),
  );
}

/** A placeholder for an embedded thumbnail: a JPEG start and end around recognisable bytes. */
export function fakeThumbnail(marker = 'embedded-thumbnail'): Uint8Array {
  return joinBytes([new Uint8Array([0xff, 0xd8]), text(marker), new Uint8Array([0xff, 0xd9])]);
}

export interface Injection {
  /** Segments inserted right after SOI (and after the JFIF header if there is one). */
  segments: Uint8Array[];
  /** Bytes appended after the end of the picture, as phones append depth maps and more. */
  trailer?: Uint8Array;
  /** Remove the source's own APP1 (Exif) segments first. */
  replaceExif?: boolean;
}

/** Puts metadata into a real JPEG without touching its picture. */
export function injectIntoJpeg(jpeg: Uint8Array, inj: Injection): Uint8Array<ArrayBuffer> {
  const kept: Uint8Array[] = [];
  let i = 2;
  let insertAt = 0;
  for (;;) {
    const m = jpeg[i + 1] ?? 0;
    if (m === 0xda) break;
    const length = ((jpeg[i + 2] ?? 0) << 8) | (jpeg[i + 3] ?? 0);
    const seg = jpeg.subarray(i, i + 2 + length);
    if (!(inj.replaceExif && m === 0xe1)) kept.push(seg);
    if (m === 0xe0 && kept.length === 1) insertAt = 1;
    i += 2 + length;
  }
  kept.splice(insertAt, 0, ...inj.segments);
  return joinBytes([
    jpeg.subarray(0, 2),
    ...kept,
    jpeg.subarray(i),
    inj.trailer ?? new Uint8Array(),
  ]);
}

/** A photo as a phone might write it: every kind of identifying metadata there is. */
export function withEverything(jpeg: Uint8Array, orientation = 1): Uint8Array<ArrayBuffer> {
  const gpsExif = exifSegment({
    orientation,
    dateTimeOriginal: '2019:07:14 15:30:00',
    gps: { lat: 56.1572, lon: 10.2107 },
    camera: { make: 'Fonecorp', model: 'Fone 12 Pro', serial: 'SERIAL-0042-XYZ' },
    makerNote: 'MAKERNOTE-SECRET-BYTES',
    thumbnail: fakeThumbnail(),
  });
  return injectIntoJpeg(jpeg, {
    replaceExif: true,
    segments: [
      gpsExif,
      xmpSegment('56,9.432N', 'Testby-XMP'),
      iptcSegment('Testby-IPTC'),
      commentSegment('COMMENT: Testvej 12, Testby'),
      mpfSegment(),
      iccSegment(),
    ],
    trailer: joinBytes([new Uint8Array([0xff, 0xd8]), gpsExif, new Uint8Array([0xff, 0xd9])]),
  });
}
