import exifr from 'exifr';

import { cleanImage } from './clean-image';
import { cleanGif } from './gif-clean';
import { ImageFormatError } from './image-errors';
import { cleanPng } from './png-clean';
import { buildTiff } from '@/testing/exif-builder';
import { PNG_SIGNATURE, dirtyPng, pngChunk, tinyPngChunks } from '@/testing/png-builder';
import { thrownBy } from '@/testing/thrown';
import { cleanWebp } from './webp-clean';

const text = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const contains = (b: Uint8Array, s: string) => Buffer.from(b).includes(Buffer.from(s, 'latin1'));

function chunkTypes(png: Uint8Array): string[] {
  const types: string[] = [];
  for (let i = 8; i < png.length;) {
    const len = new DataView(png.buffer, png.byteOffset).getUint32(i);
    types.push(Buffer.from(png.subarray(i + 4, i + 8)).toString('latin1'));
    i += 12 + len;
  }
  return types;
}

const reasonOf = (f: () => unknown) => thrownBy(f, ImageFormatError)?.reason;

describe('PNG', () => {
  it('the dirty PNG really carries GPS in eXIf and text chunks', async () => {
    expect((await exifr.gps(dirtyPng())).latitude).toBeCloseTo(56.157, 2);
    expect(contains(dirtyPng(), 'Testperson')).toBe(true);
  });

  it('keeps the picture chunks and drops tEXt, iTXt, zTXt, eXIf, tIME and private chunks', async () => {
    const clean = cleanPng(dirtyPng());
    expect(chunkTypes(clean.bytes)).toEqual(['IHDR', 'gAMA', 'IDAT', 'IEND']);
    expect(await exifr.gps(clean.bytes)).toBeUndefined();
    const left: unknown = await exifr.parse(clean.bytes, { xmp: true, ihdr: false, tiff: true });
    expect(left ?? {}).toEqual({});
    for (const s of ['Testperson', 'GPSLatitude', 'Location', 'private-secret'])
      expect(contains(clean.bytes, s)).toBe(false);
    expect(clean).toMatchObject({ mime: 'image/png', width: 2, height: 2 });
  });

  it('calls a PNG without its end truncated, and a wrong first chunk corrupt', () => {
    const png = dirtyPng();
    expect(reasonOf(() => cleanPng(png.subarray(0, png.length - 12)))).toBe('truncated');
    expect(reasonOf(() => cleanPng(png.subarray(0, 40)))).toBe('truncated');
    const { idat } = tinyPngChunks();
    expect(reasonOf(() => cleanPng(join(PNG_SIGNATURE, idat)))).toBe('corrupt');
  });

  it('refuses a decompression bomb from its header', () => {
    const { ihdr, idat } = tinyPngChunks(20_000, 20_000);
    const bomb = join(PNG_SIGNATURE, ihdr, idat, pngChunk('IEND', new Uint8Array()));
    expect(reasonOf(() => cleanImage('png', bomb, 1))).toBe('too-large');
  });
});

function riffChunk(type: string, data: Uint8Array): Uint8Array {
  const head = new Uint8Array(8);
  head.set(text(type));
  new DataView(head.buffer).setUint32(4, data.length, true);
  return join(head, data, data.length % 2 ? new Uint8Array(1) : new Uint8Array());
}

function webp(...chunks: Uint8Array[]): Uint8Array {
  const body = join(text('WEBP'), ...chunks);
  const head = new Uint8Array(8);
  head.set(text('RIFF'));
  new DataView(head.buffer).setUint32(4, body.length, true);
  return join(head, body);
}

describe('WebP', () => {
  // VP8X: flags (ICC, alpha, EXIF, XMP …), then canvas width-1 and height-1 (24-bit each).
  const vp8x = riffChunk('VP8X', new Uint8Array([0x0c, 0, 0, 0, 99, 0, 0, 49, 0, 0]));
  // A lossless bitstream header: signature 0x2f, then 14-bit width-1 and height-1.
  const vp8l = riffChunk('VP8L', new Uint8Array([0x2f, 99, 0x40, 0x0c, 0, 0, 0, 0]));
  const exif = riffChunk('EXIF', buildTiff({ gps: { lat: 56.1572, lon: 10.2107 } }));
  const xmp = riffChunk('XMP ', text('<x:xmpmeta>Testby</x:xmpmeta>'));

  it('drops EXIF and XMP chunks, clears their flags and fixes the RIFF size', () => {
    const clean = cleanWebp(webp(vp8x, exif, vp8l, xmp));
    expect(contains(clean.bytes, 'EXIF')).toBe(false);
    expect(contains(clean.bytes, 'Testby')).toBe(false);
    expect(clean.bytes[20]).toBe(0); // VP8X flags
    const riffSize = new DataView(clean.bytes.buffer).getUint32(4, true);
    expect(riffSize + 8).toBe(clean.bytes.length);
    expect(clean).toMatchObject({ mime: 'image/webp', width: 100, height: 50 });
  });

  it('calls a cut WebP truncated', () => {
    const file = webp(vp8x, vp8l);
    expect(reasonOf(() => cleanWebp(file.subarray(0, file.length - 4)))).toBe('truncated');
  });
});

describe('GIF', () => {
  const header = join(text('GIF89a'), new Uint8Array([3, 0, 2, 0, 0x80, 0, 0]), new Uint8Array(6));
  const comment = join(new Uint8Array([0x21, 0xfe, 6]), text('Testby'), new Uint8Array([0]));
  const xmpApp = join(
    new Uint8Array([0x21, 0xff, 11]),
    text('XMP DataXMP'),
    new Uint8Array([9]),
    text('GPS 56,9N'),
    new Uint8Array([0]),
  );
  const loop = join(
    new Uint8Array([0x21, 0xff, 11]),
    text('NETSCAPE2.0'),
    new Uint8Array([3, 1, 0, 0, 0]),
  );
  const image = new Uint8Array([0x2c, 0, 0, 0, 0, 3, 0, 2, 0, 0, 2, 2, 0x4c, 0x01, 0]);

  it('drops comments and XMP, keeps the loop and the picture', () => {
    const clean = cleanGif(join(header, comment, xmpApp, loop, image, new Uint8Array([0x3b])));
    expect(Buffer.from(clean.bytes)).toEqual(
      Buffer.from(join(header, loop, image, new Uint8Array([0x3b]))),
    );
    expect(clean).toMatchObject({ mime: 'image/gif', width: 3, height: 2 });
  });

  it('calls a GIF without its trailer truncated', () => {
    expect(reasonOf(() => cleanGif(join(header, image)))).toBe('truncated');
  });
});
