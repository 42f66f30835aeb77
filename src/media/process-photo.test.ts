import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import exifr from 'exifr';

import { open, sha256Hex } from '@/crypto';

import { cleanJpeg } from './jpeg-clean';
import { decodeSource, processPhoto, type ImageCodec } from './process-photo';
import { withEverything } from '@/testing/exif-builder';
import { dirtyPng } from '@/testing/png-builder';

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation', name)),
  );
const heic = () =>
  new Uint8Array(
    readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/photos/tiny.heic')),
  );
const file = (bytes: Uint8Array<ArrayBuffer> | string, name = 'photo.jpg') =>
  new File([bytes], name);

/** No image decoder in Node: the thumbnail is a stand-in that remembers what it was asked. */
function fakeCodec(opts: { failDecode?: boolean } = {}): ImageCodec & { asked: number[][] } {
  const asked: number[][] = [];
  return {
    asked,
    thumbnail: (_clean, w, h) => {
      asked.push([w, h]);
      return opts.failDecode
        ? Promise.reject(new Error('decode failed'))
        : Promise.resolve(new Blob(['thumb'], { type: 'image/jpeg' }));
    },
    reencode: () => Promise.reject(new Error('no decoder')),
  };
}

describe('processPhoto', () => {
  it('cleans a phone JPEG, keeps date and orientation, and hashes exactly the stored bytes', async () => {
    const codec = fakeCodec();
    const out = await processPhoto(
      file(withEverything(fixture('Landscape_6.jpg'), 6), 'IMG_0001.JPG'),
      codec,
    );
    if (out.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(out)}`);
    const p = out.photo;
    if (p.content.kind !== 'plain') throw new Error('expected plain bytes');
    const bytes = p.content.bytes;
    expect(p).toMatchObject({ mime: 'image/jpeg', width: 1800, height: 1200 });
    expect(p.byteLength).toBe(bytes.byteLength);
    expect(p.takenAt).toEqual({ year: 2019, month: 7, day: 14 });
    expect(p.sha256).toBe(await sha256Hex(bytes));
    expect(await exifr.gps(bytes)).toBeUndefined();
    expect(await exifr.orientation(bytes)).toBe(6);
    expect(codec.asked).toEqual([[1800, 1200]]);
  });

  it('trusts the bytes, not the name: a PNG called .jpg is cleaned as a PNG', async () => {
    const out = await processPhoto(file(dirtyPng(), 'holiday.jpg'), fakeCodec());
    expect(out).toMatchObject({ kind: 'ok', photo: { mime: 'image/png', width: 2, height: 2 } });
  });

  it.each([
    ['empty', new Uint8Array(), 'empty'],
    ['svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'svg'],
    ['text', 'Dear diary, today I', 'not-an-image'],
    ['pdf', '%PDF-1.7 …', 'not-an-image'],
    ['tiff', new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), 'unsupported-type'],
    ['truncated', fixture('Portrait_1.jpg').subarray(0, 100_000), 'truncated'],
  ] as const)('names the problem with a %s file', async (_label, bytes, reason) => {
    expect(await processPhoto(file(bytes), fakeCodec())).toEqual({ kind: 'failed', reason });
  });

  it('calls a JPEG the decoder refuses corrupt', async () => {
    const out = await processPhoto(
      file(fixture('Landscape_1.jpg')),
      fakeCodec({ failDecode: true }),
    );
    expect(out).toEqual({ kind: 'failed', reason: 'corrupt' });
  });

  it('sends a HEIC photo to the HEIC decoder', async () => {
    expect(await processPhoto(file(heic(), 'IMG_0002.HEIC'), fakeCodec())).toEqual({
      kind: 'heic',
    });
  });

  it('keeps a date read before a conversion', async () => {
    const out = await processPhoto(file(fixture('Landscape_1.jpg')), fakeCodec(), { year: 2017 });
    expect(out).toMatchObject({ kind: 'ok', photo: { takenAt: { year: 2017 } } });
  });

  it('decodes exactly the bytes it stores, read as slices of the file itself', async () => {
    const seen: Blob[] = [];
    const codec: ImageCodec = {
      thumbnail: (clean) => {
        seen.push(clean);
        return Promise.resolve(new Blob(['thumb'], { type: 'image/jpeg' }));
      },
      reencode: () => Promise.reject(new Error('no decoder')),
    };
    const out = await processPhoto(file(withEverything(fixture('Portrait_6.jpg'), 6)), codec);
    if (out.kind !== 'ok' || out.photo.content.kind !== 'plain') throw new Error('expected ok');
    const decoded = new Uint8Array(await (seen[0] ?? new Blob()).arrayBuffer());
    expect(Buffer.from(decoded).equals(Buffer.from(out.photo.content.bytes))).toBe(true);
    expect(seen[0]?.type).toBe('image/jpeg');
  });

  it('builds the decoder’s Blob from the file wherever the clean bytes are the file’s own', async () => {
    const dirty = withEverything(fixture('Landscape_3.jpg'), 3);
    const clean = cleanJpeg(dirty, 3);
    const source = decodeSource(new Blob([dirty]), dirty, clean);
    expect(Buffer.from(await source.arrayBuffer()).equals(Buffer.from(clean.bytes))).toBe(true);
    // Without the pieces (a PNG, say), the clean bytes themselves.
    const whole = decodeSource(new Blob([dirty]), dirty, { ...clean, parts: undefined });
    expect(Buffer.from(await whole.arrayBuffer()).equals(Buffer.from(clean.bytes))).toBe(true);
  });

  describe('sealed in the worker', () => {
    const aads = {
      originalAad: 'livsbog:blobs:b:p:original',
      thumbAad: 'livsbog:blobs:b:p:thumb',
      printAad: 'livsbog:blobs:b:p:print',
    };
    const newKey = () =>
      crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

    it('seals the clean bytes (hashed while the thumbnail is drawn) and the thumbnail', async () => {
      const key = await newKey();
      const dirty = withEverything(fixture('Landscape_6.jpg'), 6);
      const out = await processPhoto(file(dirty), fakeCodec(), undefined, { key, ...aads });
      if (out.kind !== 'ok' || out.photo.content.kind !== 'sealed')
        throw new Error('expected sealed');
      const { original, thumb } = out.photo.content;
      const bytes = await open(
        key,
        { iv: original.iv, ct: await original.ct.arrayBuffer() },
        aads.originalAad,
      );
      expect(Buffer.from(bytes).equals(Buffer.from(cleanJpeg(dirty, 6).bytes))).toBe(true);
      expect(out.photo.sha256).toBe(await sha256Hex(bytes));
      expect(out.photo.byteLength).toBe(bytes.byteLength);
      const small = await open(
        key,
        { iv: thumb.iv, ct: await thumb.ct.arrayBuffer() },
        aads.thumbAad,
      );
      expect(new TextDecoder().decode(small)).toBe('thumb');
      // A codec without `pictures` makes no print copy: the PDF scales such a photo.
      expect(out.photo.content.print).toBeUndefined();
    });

    it('seals the print copy from the same decode into its own slot (issue 16)', async () => {
      const key = await newKey();
      const asked: number[][] = [];
      const codec: ImageCodec = {
        ...fakeCodec({ failDecode: true }),
        pictures: (_clean, w, h) => {
          asked.push([w, h]);
          return Promise.resolve({
            thumb: new Blob(['thumb'], { type: 'image/jpeg' }),
            print: new Blob(['print'], { type: 'image/jpeg' }),
          });
        },
      };
      const dirty = withEverything(fixture('Landscape_6.jpg'), 6);
      const out = await processPhoto(file(dirty), codec, undefined, { key, ...aads });
      if (out.kind !== 'ok' || out.photo.content.kind !== 'sealed')
        throw new Error('expected sealed');
      // One decode: `pictures` alone, never the failing `thumbnail` beside it.
      expect(asked).toEqual([[1800, 1200]]);
      const { print } = out.photo.content;
      if (!print) throw new Error('expected a print copy');
      const opened = await open(
        key,
        { iv: print.iv, ct: await print.ct.arrayBuffer() },
        aads.printAad,
      );
      expect(new TextDecoder().decode(opened)).toBe('print');
      // Bound to its slot: the thumbnail's additional data does not open it.
      await expect(
        open(key, { iv: print.iv, ct: await print.ct.arrayBuffer() }, aads.thumbAad),
      ).rejects.toThrow();
    });

    it('refuses a picture the decoder cannot draw even though its sealing ran meanwhile', async () => {
      const key = await newKey();
      const out = await processPhoto(
        file(fixture('Landscape_1.jpg')),
        fakeCodec({ failDecode: true }),
        undefined,
        { key, ...aads },
      );
      expect(out).toEqual({ kind: 'failed', reason: 'corrupt' });
    });
  });
});
