import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { isPdf, isPhotoType, matchesRecordType, sniffContainer, sniffType } from './sniff-type';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(
      resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation', name),
    ).subarray(0, 1024),
  );
const bytes = (...v: number[]) => new Uint8Array(v);
const text = (s: string) => new TextEncoder().encode(s);

function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const size = 8 + brands.length;
  return new Uint8Array([0, 0, 0, size, ...text('ftyp'), ...text(brands)]);
}

describe('sniffType', () => {
  it('recognises a real camera JPEG whatever it is called', () => {
    expect(sniffType(fixture('Portrait_3.jpg'))).toBe('jpeg');
  });

  it('recognises PNG, WebP and GIF by their signatures', () => {
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffType(new Uint8Array([...text('RIFF'), 0, 0, 0, 0, ...text('WEBPVP8 ')]))).toBe(
      'webp',
    );
    expect(sniffType(text('GIF89a'))).toBe('gif');
    expect(sniffType(text('GIF87a'))).toBe('gif');
  });

  it('tells iPhone HEIC from AVIF by the ftyp brands', () => {
    expect(sniffType(ftyp('heic', 'mif1', 'heic'))).toBe('heic');
    expect(sniffType(ftyp('mif1', 'heic'))).toBe('heic');
    expect(sniffType(ftyp('mif1', 'avif'))).toBe('avif');
    expect(sniffType(ftyp('avif', 'mif1'))).toBe('avif');
  });

  it('tells MP4 from QuickTime by the major brand, and WebM from other Matroska', () => {
    expect(sniffType(ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'))).toBe('mp4');
    expect(sniffType(ftyp('mp42', 'mp41', 'isom'))).toBe('mp4');
    expect(sniffType(ftyp('qt  ', 'qt  '))).toBe('mov');
    expect(sniffType(ftyp('XXXX', 'qt  '))).toBe('mov');
    // An old QuickTime movie without ftyp starts with one of its usual boxes.
    expect(sniffType(new Uint8Array([0, 0, 0, 8, ...text('wide')]))).toBe('mov');
    const ebml = (docType: string) =>
      new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84, ...text(docType)]);
    expect(sniffType(ebml('webm'))).toBe('webm');
    expect(sniffType(ebml('matroska'))).toBe('matroska');
  });

  it('finds SVG behind a byte-order mark, an XML prolog, comments and a doctype', () => {
    expect(sniffType(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(
      sniffType(
        text(
          '\uFEFF  <?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<SVG onload="alert(1)">',
        ),
      ),
    ).toBe('svg');
    expect(sniffType(text('<html><svg></svg></html>'))).toBe('unknown');
  });

  it('calls TIFF and BMP what they are, and everything else unknown', () => {
    expect(sniffType(bytes(0x49, 0x49, 0x2a, 0x00))).toBe('tiff');
    expect(sniffType(bytes(0x4d, 0x4d, 0x00, 0x2a))).toBe('tiff');
    expect(sniffType(new Uint8Array([...text('BM'), ...new Uint8Array(30)]))).toBe('bmp');
    expect(sniffType(text('hello, I am a text file'))).toBe('unknown');
    expect(sniffType(text('%PDF-1.7'))).toBe('unknown');
    expect(sniffType(new Uint8Array())).toBe('unknown');
    expect(sniffType(bytes(0xff, 0xd8))).toBe('unknown'); // two bytes of a JPEG are not a JPEG
  });
});

describe('isPhotoType (Mig nu keeps only what the app stores as it is)', () => {
  it('takes JPEG, PNG, WebP and GIF, and refuses SVG, HEIC, text, empty and cut files', () => {
    expect(isPhotoType(sniffType(fixture('Landscape_1.jpg')))).toBe(true);
    expect(isPhotoType(sniffType(text('GIF89a')))).toBe(true);
    expect(isPhotoType(sniffType(text('<svg onload="alert(1)">')))).toBe(false);
    expect(isPhotoType(sniffType(ftyp('heic', 'mif1', 'heic')))).toBe(false);
    expect(isPhotoType(sniffType(text('hello')))).toBe(false);
    expect(isPhotoType(sniffType(new Uint8Array()))).toBe(false);
    expect(isPhotoType(sniffType(bytes(0xff, 0xd8)))).toBe(false);
  });
});

describe('isPdf', () => {
  it('finds the header within the first kilobyte, not after it', () => {
    expect(isPdf(text('%PDF-1.7\n'))).toBe(true);
    expect(isPdf(text(`${' '.repeat(100)}%PDF-1.4`))).toBe(true);
    expect(isPdf(text(`${' '.repeat(1100)}%PDF-1.4`))).toBe(false);
    expect(isPdf(text('PDF'))).toBe(false);
  });
});

describe("a pack item's container and its record", () => {
  it('names the container of every type a book holds', () => {
    expect(sniffContainer(fixture('Portrait_3.jpg'))).toBe('jpeg');
    expect(sniffContainer(ftyp('qt  '))).toBe('mov');
    expect(sniffContainer(ftyp('M4A ', 'isom'))).toBe('mp4');
    expect(sniffContainer(text('OggS\0'))).toBe('ogg');
    expect(sniffContainer(text('%PDF-1.7'))).toBe('pdf');
    expect(sniffContainer(text('<svg/>'))).toBeUndefined();
  });

  it('needs the bytes to be the type the record names, and that type allowed for the kind', () => {
    const jpeg = fixture('Portrait_3.jpg');
    expect(matchesRecordType(jpeg, { kind: 'photo', mime: 'image/jpeg' })).toBe(true);
    expect(matchesRecordType(jpeg, { kind: 'photo', mime: 'IMAGE/JPEG' })).toBe(true);
    expect(matchesRecordType(jpeg, { kind: 'photo', mime: 'image/png' })).toBe(false);
    expect(matchesRecordType(jpeg, { kind: 'photo', mime: 'application/pdf' })).toBe(false);
    expect(matchesRecordType(text('OggS\0'), { kind: 'voice', mime: 'audio/ogg' })).toBe(true);
    expect(matchesRecordType(text('OggS\0'), { kind: 'voice', mime: 'audio/webm' })).toBe(false);
  });
});
