/** PNG chunks for tests: a tiny valid picture plus every kind of text and metadata chunk. */
import { joinBytes } from '@/crypto';

import { buildTiff } from './exif-builder';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const text = (s: string) => new TextEncoder().encode(s);

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, data.length);
  out.set(text(type), 4);
  out.set(data, 8);
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * IHDR and one IDAT of a 2×2 greyscale picture, compressed with a stored deflate block. The
 * header may claim another size (a decompression bomb says it is huge); the data stays 2×2.
 */
export function tinyPngChunks(
  claimedWidth = 2,
  claimedHeight = 2,
): { ihdr: Uint8Array; idat: Uint8Array } {
  const width = 2;
  const height = 2;
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, claimedWidth);
  v.setUint32(4, claimedHeight);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = new Uint8Array((width + 1) * height).fill(0x80);
  for (let y = 0; y < height; y += 1) raw[y * (width + 1)] = 0;
  // zlib header, one final stored block, then the Adler-32 of the raw bytes.
  let a = 1;
  let b = 0;
  for (const x of raw) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  const len = raw.length;
  const zlib = new Uint8Array([
    0x78,
    0x01,
    0x01,
    len & 0xff,
    len >> 8,
    ~len & 0xff,
    (~len >> 8) & 0xff,
    ...raw,
    b >> 8,
    b & 0xff,
    a >> 8,
    a & 0xff,
  ]);
  return { ihdr: pngChunk('IHDR', ihdr), idat: pngChunk('IDAT', zlib) };
}

/** A PNG with XMP (GPS), text chunks, compressed text, an eXIf with GPS, tIME and a private chunk. */
export function dirtyPng(): Uint8Array<ArrayBuffer> {
  const { ihdr, idat } = tinyPngChunks();
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="56,9.432N"/></rdf:RDF></x:xmpmeta>`;
  const parts = [
    PNG_SIGNATURE,
    ihdr,
    pngChunk('gAMA', new Uint8Array([0, 0, 0xb1, 0x8f])),
    pngChunk('tEXt', text('Author\0Testperson Testesen')),
    pngChunk('iTXt', text(`XML:com.adobe.xmp\0\0\0\0\0${xmp}`)),
    pngChunk(
      'zTXt',
      new Uint8Array([...text('Location'), 0, 0, 0x78, 0x01, 0x03, 0x00, 0, 0, 0, 1]),
    ),
    pngChunk('eXIf', buildTiff({ gps: { lat: 56.1572, lon: 10.2107 }, orientation: 1 })),
    pngChunk('tIME', new Uint8Array([0x07, 0xe3, 7, 14, 15, 30, 0])),
    pngChunk('prVt', text('private-secret')),
    idat,
    pngChunk('IEND', new Uint8Array()),
  ];
  return joinBytes(parts);
}
