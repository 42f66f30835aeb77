import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import exifr from 'exifr';

import { checkStoredPhoto, cleanStoredPhoto } from './clean-stored-photo';
import { ImageFormatError } from './image-errors';
import { MAX_FILE_BYTES } from './limits';
import { processPhoto, type ImageCodec } from './process-photo';
import { withEverything } from '@/testing/exif-builder';
import { PNG_SIGNATURE, dirtyPng, pngChunk, tinyPngChunks } from '@/testing/png-builder';

const DIR = resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation');
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(DIR, name)));
const text = (s: string) => new TextEncoder().encode(s);
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const HTML = text('<html><body><script>alert("pwned")</script></body></html>');

const decodes = () => Promise.resolve(new Blob(['thumb'], { type: 'image/jpeg' }));
const neverDecodes = () => Promise.reject(new Error('The source image could not be decoded.'));

async function reasonOf(bytes: Uint8Array): Promise<string | undefined> {
  try {
    await cleanStoredPhoto(bytes);
  } catch (e) {
    if (e instanceof ImageFormatError) return e.reason;
    throw e;
  }
  return undefined;
}

describe('cleanStoredPhoto', () => {
  it('removes GPS, XMP, IPTC, maker notes and the embedded thumbnail from a pack photo', async () => {
    const dirty = withEverything(fixture('Landscape_6.jpg'), 6);
    expect((await exifr.gps(dirty)).latitude).toBeCloseTo(56.157, 2);
    const clean = await cleanStoredPhoto(dirty);
    expect(await exifr.gps(clean.bytes).catch(() => undefined)).toBeUndefined();
    expect(await exifr.thumbnail(clean.bytes)).toBeUndefined();
    for (const secret of ['Testby', 'MAKERNOTE', 'SERIAL-0042', 'Fonecorp']) {
      expect(Buffer.from(clean.bytes).includes(secret)).toBe(false);
    }
    // The orientation survives as the importer's minimal EXIF, so the size is as shown.
    expect(await exifr.orientation(clean.bytes)).toBe(6);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8])(
    'is idempotent: a clean JPEG (orientation %i) comes back byte for byte',
    async (n) => {
      const once = await cleanStoredPhoto(withEverything(fixture(`Landscape_${n}.jpg`), n || 1));
      const twice = await cleanStoredPhoto(once.bytes);
      expect(same(twice.bytes, once.bytes)).toBe(true);
      expect([twice.width, twice.height]).toEqual([once.width, once.height]);
    },
  );

  it('is idempotent for PNG, and a clean PNG is left exactly as it is', async () => {
    const once = await cleanStoredPhoto(dirtyPng());
    expect(same((await cleanStoredPhoto(once.bytes)).bytes, once.bytes)).toBe(true);
    const { ihdr, idat } = tinyPngChunks();
    const plain = join(PNG_SIGNATURE, ihdr, idat, pngChunk('IEND', new Uint8Array()));
    expect(same((await cleanStoredPhoto(plain)).bytes, plain)).toBe(true);
  });

  it('has the photo importer’s limits: bytes and megapixels', async () => {
    expect(await reasonOf(new Uint8Array(MAX_FILE_BYTES + 1))).toBe('too-large');
    const { ihdr, idat } = tinyPngChunks(20_000, 20_000);
    const bomb = join(PNG_SIGNATURE, ihdr, idat, pngChunk('IEND', new Uint8Array()));
    expect(await reasonOf(bomb)).toBe('too-large');
    expect(await reasonOf(new Uint8Array())).toBe('empty');
  });

  it('refuses JPEG magic bytes with HTML after them, and other non-pictures', async () => {
    expect(await reasonOf(join(new Uint8Array([0xff, 0xd8, 0xff]), HTML))).toMatch(
      /corrupt|truncated/,
    );
    expect(await reasonOf(HTML)).toBe('not-an-image');
    expect(await reasonOf(text('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    // A JPEG header and a run of zeros with no end of picture: what a padded "photo" looks like.
    const head = fixture('Landscape_1.jpg').subarray(0, 2000);
    expect(await reasonOf(join(head, new Uint8Array(100_000)))).toBe('truncated');
  });
});

describe('checkStoredPhoto', () => {
  it('requires a decode: a file the browser cannot draw is refused, never its own thumbnail', async () => {
    const clean = (await cleanStoredPhoto(fixture('Landscape_1.jpg'))).bytes;
    expect(await checkStoredPhoto(clean, neverDecodes)).toEqual({ ok: false, reason: 'corrupt' });
    const ok = await checkStoredPhoto(clean, decodes);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.photo.thumb.size).toBe(5);
  });

  it('hashes the clean bytes', async () => {
    const dirty = withEverything(fixture('Landscape_1.jpg'));
    const out = await checkStoredPhoto(dirty, decodes);
    if (!out.ok) throw new Error(out.reason);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', out.photo.clean.bytes));
    expect(out.photo.sha256).toBe(digest.toString('hex'));
    expect(out.photo.clean.bytes.byteLength).toBeLessThan(dirty.byteLength);
  });

  it('names the reason instead of throwing', async () => {
    expect(await checkStoredPhoto(HTML, decodes)).toEqual({ ok: false, reason: 'not-an-image' });
  });
});

describe('the photo importer decodes before accepting', () => {
  const codec = (fail: boolean): ImageCodec => ({
    thumbnail: fail ? neverDecodes : decodes,
    reencode: neverDecodes,
  });

  it('refuses JPEG magic bytes followed by HTML', async () => {
    const file = new File([join(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), HTML)], 'a.jpg');
    const out = await processPhoto(file, codec(false));
    expect(out.kind).toBe('failed');
  });

  it('refuses a well-formed JPEG the browser cannot decode', async () => {
    const file = new File([fixture('Landscape_1.jpg')], 'a.jpg');
    expect(await processPhoto(file, codec(true))).toEqual({ kind: 'failed', reason: 'corrupt' });
  });
});
