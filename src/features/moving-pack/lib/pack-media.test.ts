import { readFileSync } from 'node:fs';
import path from 'node:path';

import exifr from 'exifr';

import { selectForExport, writePack, type BookData } from '@/pack';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { sha256Hex } from '@/crypto';
import { openToBlob } from '@/crypto';
import { readSealedPhoto, requireKey } from '@/db';
import { withEverything } from '@/testing/exif-builder';
import { withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE } from '@/testing/factories';
import { storeChecksum } from '@/testing/store-checksum';
import { failureOf } from '@/testing/thrown';
import { generateRecoveryCode } from '@/crypto';
import { checkPack, importPack, type ImportTarget } from './import-client';
import { inProcessWorkers } from './in-process-workers';
import { PackFailure } from './worker-channel';

withFreshDatabase();

const photoDir = path.resolve(
  import.meta.dirname,
  '../../../../../shared/fixtures/photos/orientation',
);
const gpsJpeg = () =>
  withEverything(new Uint8Array(readFileSync(path.join(photoDir, 'Landscape_1.jpg'))));
const thumb = () => new Blob([tinyJpeg()], { type: 'image/jpeg' });
const workers = inProcessWorkers(thumb);
const NEW: ImportTarget = {
  kind: 'new',
  sentence: KNOWN_SENTENCE,
  recoveryCode: generateRecoveryCode(),
};

/** The sample book with `ph_beach` replaced by `bytes`, as a pack. */
async function packWith(bytes: Uint8Array<ArrayBuffer>): Promise<{ zip: Blob; data: BookData }> {
  const { data, photoBytes } = await sampleBook();
  photoBytes.set('ph_beach', bytes);
  const photos = await Promise.all(
    data.photos.map(async (p) =>
      p.id === 'ph_beach' ? { ...p, sha256: await sha256Hex(bytes), byteLength: bytes.length } : p,
    ),
  );
  const all = { includeOnlyMe: true, includeProtectedPlaces: true, includeHiddenPhotos: true };
  const writer = writePack(
    {
      selection: selectForExport({ ...data, photos }, all),
      readPhoto: (id) => Promise.resolve(new Blob([photoBytes.get(id) ?? new Uint8Array()])),
    },
    { appVersion: 'test', now: new Date('2026-06-01T08:00:00Z') },
  );
  return { zip: new Blob([await collect(writer.stream)]), data };
}

describe('a moving pack’s photos go through the photo importer’s checks', () => {
  it('a GPS photo is cleaned on import: new SHA-256 and size, and stored without GPS', async () => {
    const dirty = gpsJpeg();
    const { zip } = await packWith(dirty);
    const contents = await checkPack(zip, { workers });
    const record = contents.data.photos.find((p) => p.id === 'ph_beach')!;
    const checked = new Uint8Array(await contents.photoBlobs.get('ph_beach')!.arrayBuffer());
    expect(record.byteLength).toBe(checked.length);
    expect(record.byteLength).toBeLessThan(dirty.length);
    expect(record.sha256).toBe(await sha256Hex(checked));
    expect(contents.report.refusedPhotos).toEqual([]);

    const { bookId } = await importPack(contents, NEW, { workers });
    const sealed = await readSealedPhoto(bookId, 'ph_beach', 'original');
    const stored = new Uint8Array(
      await (
        await openToBlob(
          requireKey(bookId),
          { iv: sealed.iv, ct: await sealed.ct.arrayBuffer() },
          sealed.aad,
          'image/jpeg',
        )
      ).arrayBuffer(),
    );
    expect(stored).toEqual(checked);
    expect(await exifr.gps(stored).catch(() => undefined)).toBeUndefined();
    expect(await exifr.thumbnail(stored)).toBeUndefined();
    expect(Buffer.from(stored).includes('MAKERNOTE')).toBe(false);
  });

  it('a photo that does not decode stays out, named with its file and reason; the rest comes in', async () => {
    const { zip, data } = await packWith(gpsJpeg());
    const picky = inProcessWorkers(async (bytes) => {
      // Only the beach photo fails to decode, as a browser fails on a broken picture.
      const b = new Uint8Array(await bytes.arrayBuffer());
      if (b.length > 1000) throw new Error('The source image could not be decoded.');
      return thumb();
    });
    const contents = await checkPack(zip, { workers: picky });
    expect(contents.report.refusedPhotos).toEqual([
      {
        id: 'ph_beach',
        file: expect.stringMatching(/^media\/\d{4}-.*\.jpg$/) as string,
        reason: 'corrupt',
        kind: 'photo',
      },
    ]);
    expect(contents.photoBlobs.has('ph_beach')).toBe(false);
    expect(contents.data.entries.flatMap((e) => e.photoIds)).not.toContain('ph_beach');
    const { summary } = await importPack(contents, NEW, { workers: picky });
    expect(summary.added.photos).toBe(data.photos.length - 1);
  });

  it('JPEG magic bytes with HTML after them are refused, not stored', async () => {
    const html = new TextEncoder().encode('<html><body onload="alert(1)">hi</body></html>');
    const { zip } = await packWith(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...html]));
    const contents = await checkPack(zip, { workers });
    expect(contents.report.refusedPhotos.map((r) => r.id)).toEqual(['ph_beach']);
    expect(contents.report.refusedPhotos[0]?.reason).toMatch(/corrupt|truncated/);
  });

  it('a pack larger than half the free storage is refused with both figures, before writing', async () => {
    const { zip } = await packWith(gpsJpeg());
    const before = await storeChecksum();
    const error = await failureOf(checkPack(zip, { workers, freeBytes: 20_000 }));
    expect(error).toBeInstanceOf(PackFailure);
    expect(error).toMatchObject({ code: 'not-enough-space', space: { free: 20_000 } });
    expect((error as PackFailure).space?.needed).toBeGreaterThan(20_000);

    // And again just before the first write, should the space have gone meanwhile.
    const contents = await checkPack(zip, { workers, freeBytes: 1e9 });
    const late = await failureOf(importPack(contents, NEW, { workers, freeBytes: 1000 }));
    expect(late).toMatchObject({ code: 'not-enough-space', space: { free: 1000 } });
    expect(await storeChecksum()).toBe(before);
  });
});
