// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import exifr from 'exifr';

import { sha256Hex } from '@/crypto';
import { seal } from '@/crypto';
import { cleanStoredPhoto } from '@/media';
import { withEverything } from '@/testing/exif-builder';
import { collect, makePhoto, sampleBook } from '@/testing/pack-fixtures';
import { exportPack, type SealedBytes } from './export-job';
import { readPack } from './read-pack';

const photoDir = resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation');
const fonts = {
  regular: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-regular.ttf')),
  bold: new Uint8Array(readFileSync('public/fonts/atkinson-hyperlegible-bold.ttf')),
};
const ALL = { includeOnlyMe: true, includeProtectedPlaces: true, includeHiddenPhotos: true };

/** Exports a book whose stored photos are `bytes`, sealed as storage holds them. */
async function exportWith(bytes: Map<string, Uint8Array>) {
  const { data } = await sampleBook();
  const photos = await Promise.all(
    data.photos.map(async (p) => {
      const b = bytes.get(p.id);
      return b
        ? { ...(await makePhoto(p.id, b)), ...p, sha256: await sha256Hex(b), byteLength: b.length }
        : p;
    }),
  );
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  const { photoBytes } = await sampleBook();
  const readSealed = async (id: string): Promise<SealedBytes> => {
    const plain = bytes.get(id) ?? photoBytes.get(id) ?? new Uint8Array();
    const aad = `test:${id}`;
    const sealed = await seal(key, plain, aad);
    return { iv: sealed.iv, ct: new Blob([sealed.ct]), aad };
  };
  const writer = await exportPack(
    { data: { ...data, photos }, choices: ALL, key, locale: 'da', appVersion: 'test', fonts },
    { readSealed, scaleForPdf: () => Promise.resolve(null) },
  );
  const zip = new Blob([await collect(writer.stream)]);
  return { zip, report: await writer.done };
}

describe('the export cleans every photo itself', () => {
  it('writes a stored photo that still has GPS without it, and describes it as written', async () => {
    const dirty = withEverything(
      new Uint8Array(readFileSync(resolve(photoDir, 'Landscape_3.jpg'))),
      3,
    );
    expect((await exifr.gps(dirty)).latitude).toBeCloseTo(56.157, 2);
    const { zip, report } = await exportWith(new Map([['ph_beach', dirty]]));
    expect(report.changedPhotos).toEqual(['ph_beach']);
    const back = await readPack(zip);
    const bytes = new Uint8Array(await back.photoBlobs.get('ph_beach')!.arrayBuffer());
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    expect(await exifr.thumbnail(bytes)).toBeUndefined();
    expect(Buffer.from(bytes).includes('MAKERNOTE')).toBe(false);
    expect(await exifr.orientation(bytes)).toBe(3);
    const record = back.data.photos.find((p) => p.id === 'ph_beach')!;
    expect(record.sha256).toBe(await sha256Hex(bytes));
    expect(record.byteLength).toBe(bytes.length);
    // And once clean, cleaning again changes nothing: export → import → export is stable.
    expect(Buffer.from((await cleanStoredPhoto(bytes)).bytes)).toEqual(Buffer.from(bytes));
  });

  it('leaves out a stored "photo" it cannot clean, and says so', async () => {
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const fake = new Uint8Array([0xff, 0xd8, 0xff, ...html]);
    const { zip, report } = await exportWith(new Map([['ph_beach', fake]]));
    expect(report.unreadablePhotos).toEqual(['ph_beach']);
    const back = await readPack(zip);
    expect(back.photoBlobs.has('ph_beach')).toBe(false);
  });
});
