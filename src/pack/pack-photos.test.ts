// @vitest-environment node
import { cleanStoredPhoto } from '@/media';
import { collect, photoBytesFor, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { PackError } from './errors';
import { readPack } from './read-pack';
import { selectForExport } from './select';
import { PACK_SPACE_FACTOR, SpaceError, checkPackSpace, freeBytes, spaceNeeded } from './space';
import { writePack } from './write-pack';

async function sampleZip(): Promise<Blob> {
  const { data, photoBytes } = await sampleBook();
  const writer = writePack(
    {
      selection: selectForExport(data),
      readPhoto: (id) => Promise.resolve(new Blob([photoBytes.get(id)!])),
    },
    { appVersion: '0.1.0', now: new Date('2026-03-02T12:00:00Z') },
  );
  return new Blob([await collect(writer.stream)]);
}

describe('the storage cap', () => {
  it('asks for twice the pack’s bytes and names both figures', () => {
    expect(PACK_SPACE_FACTOR).toBe(2);
    expect(spaceNeeded(1000)).toBe(2000);
    expect(() => {
      checkPackSpace(1000, 2000);
    }).not.toThrow();
    let error: unknown;
    try {
      checkPackSpace(1000, 1999);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpaceError);
    expect(error).toBeInstanceOf(PackError);
    expect(error).toMatchObject({ code: 'not-enough-space', needed: 2000, free: 1999 });
  });

  it('does not guess when the browser gives no figures', () => {
    expect(freeBytes(undefined, 10)).toBeUndefined();
    expect(freeBytes(4, 10)).toBe(6);
    expect(freeBytes(12, 10)).toBe(0);
    expect(() => {
      checkPackSpace(1e12, undefined);
    }).not.toThrow();
  });
});

describe('readPack and the photo limits', () => {
  it('leaves a photo over the byte limit out, unread, with every reference, and names it', async () => {
    const zip = await sampleZip();
    const all = await readPack(zip);
    const big = all.data.photos.find((p) => p.id === 'ph_beach')!;
    const out = await readPack(zip, { maxPhotoBytes: big.byteLength - 1 });
    const refused = out.report.refusedPhotos;
    expect(refused.map((r) => r.reason)).toEqual(refused.map(() => 'too-large'));
    expect(refused.map((r) => r.id)).toContain('ph_beach');
    expect(refused.find((r) => r.id === 'ph_beach')?.file).toMatch(/^media\/\d{4}-.*\.jpg$/);
    expect(out.photoBlobs.has('ph_beach')).toBe(false);
    expect(out.data.photos.map((p) => p.id)).not.toContain('ph_beach');
    expect(out.data.entries.flatMap((e) => e.photoIds)).not.toContain('ph_beach');
    expect(all.report.refusedPhotos).toEqual([]);
  });

  it('asks about space with the bytes to be stored, before any photo is read', async () => {
    const zip = await sampleZip();
    const all = await readPack(zip);
    const asked: number[] = [];
    const progressBefore: number[] = [];
    let progress = 0;
    await expect(
      readPack(zip, {
        onProgress: (done) => {
          progress = done;
        },
        checkSpace: (bytes) => {
          asked.push(bytes);
          progressBefore.push(progress);
          checkPackSpace(bytes, 10);
        },
      }),
    ).rejects.toMatchObject({ code: 'not-enough-space', free: 10 });
    const photoBytes = all.data.photos.reduce((n, p) => n + p.byteLength, 0);
    expect(asked[0]).toBeGreaterThan(photoBytes);
    expect(progressBefore[0]).toBeLessThan(zip.size - photoBytes);
  });
});

describe('test photos are already clean', () => {
  it.each(['image/jpeg', 'image/png', 'image/webp', 'image/gif'])(
    '%s from photoBytesFor comes through cleaning byte for byte',
    async (mime) => {
      const bytes = photoBytesFor(mime, new Uint8Array([1, 2, 3, 250, 251, 252, 253]));
      const clean = await cleanStoredPhoto(bytes);
      expect(Buffer.from(clean.bytes)).toEqual(Buffer.from(bytes));
      expect(clean.mime).toBe(mime);
    },
  );

  it('so does tinyJpeg', async () => {
    const bytes = tinyJpeg(40, 30, 7);
    expect(Buffer.from((await cleanStoredPhoto(bytes)).bytes)).toEqual(Buffer.from(bytes));
  });
});
