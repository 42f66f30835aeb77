import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import exifr from 'exifr';

import { generateRecoveryCode } from '@/crypto';
import { createBook } from '@/db';
import { db, resetConnectionForTests } from '@/db';
import { lockAll } from '@/db';
import { StorageError } from '@/db';
import { addPhotos, listPhotos, readPhotoBlob, type NewPhoto } from '@/db';

import type { ImportProgress } from './import-types';
import { processPhoto, type ImageCodec } from './process-photo';
import { runImport, type ImportDeps } from './run-import';
import { exifSegment, iccSegment, injectIntoJpeg, withEverything } from '@/testing/exif-builder';
import { MEDIA_LIMITS } from '@/domain';
import { dirtyPng } from '@/testing/png-builder';
import { expectRefused } from '@/testing/import-summary';

// Not src/testing's helpers: the media layer may not depend on test support (eslint boundaries).
beforeEach(async () => {
  lockAll();
  await resetConnectionForTests();
});

async function makeBook(): Promise<{ id: string }> {
  const id = await createBook({
    cover: { nickname: 'Test', emoji: '🦊', colour: 'sky', locale: 'en', ageMode: 'middle' },
    sentence: 'blå tiger spiser kage',
    recoveryCode: generateRecoveryCode(),
  });
  return { id };
}

const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(resolve(import.meta.dirname, '../../../shared/fixtures/photos/orientation', name)),
  );
const file = (bytes: Uint8Array<ArrayBuffer> | string, name: string) => new File([bytes], name);

const codec: ImageCodec = {
  thumbnail: () => Promise.resolve(new Blob(['thumb'], { type: 'image/jpeg' })),
  reencode: () => Promise.reject(new Error('no decoder')),
};

function deps(overrides: Partial<ImportDeps> = {}): ImportDeps {
  return {
    process: (f, takenAt) => processPhoto(f, codec, takenAt),
    concurrency: 2,
    convertHeic: () => Promise.resolve(undefined),
    store: addPhotos,
    existing: async (id) => (await listPhotos(id)).items,
    ...overrides,
  };
}

const goodFiles = () =>
  [1, 3, 6, 8].map((n) => file(withEverything(fixture(`Landscape_${n}.jpg`), n), `L${n}.jpg`));

describe('runImport', () => {
  it('imports the good files of a mixed drop and names every bad one', async () => {
    const book = await makeBook();
    const progress: ImportProgress[] = [];
    const files = [
      ...goodFiles(),
      file('<svg xmlns="http://www.w3.org/2000/svg"/>', 'drawing.svg'),
      file(new Uint8Array(), 'empty.jpg'),
      file('just some notes', 'notes.txt'),
      file(fixture('Portrait_2.jpg').subarray(0, 50_000), 'cut.jpg'),
      // The same picture as L3.jpg, with other metadata: the same stored bytes, so a duplicate.
      file(
        injectIntoJpeg(fixture('Landscape_3.jpg'), {
          replaceExif: true,
          segments: [exifSegment({ orientation: 3, gps: { lat: 1, lon: 2 } }), iccSegment()],
        }),
        'L3-again.jpg',
      ),
    ];
    const summary = await runImport(
      book.id,
      files,
      { onProgress: (p) => progress.push(p) },
      deps(),
    );

    expect(summary.cancelled).toBe(false);
    expect(summary.added).toHaveLength(4);
    expectRefused(summary, [
      { name: 'drawing.svg', reason: 'svg' },
      { name: 'empty.jpg', reason: 'empty' },
      { name: 'notes.txt', reason: 'not-an-image' },
      { name: 'cut.jpg', reason: 'truncated' },
    ]);
    expect(summary.duplicates).toHaveLength(1);
    expect(summary.added.map((p) => p.id)).toContain(summary.duplicates[0]?.id);
    expect(progress.at(0)).toEqual({ done: 0, total: 9 });
    expect(progress.at(-1)).toEqual({ done: 9, total: 9 });
    expect(progress.map((p) => p.done)).toEqual(
      [...progress.map((p) => p.done)].sort((a, b) => a - b),
    );

    const stored = (await listPhotos(book.id)).items;
    expect(stored.map((p) => p.id).sort()).toEqual(summary.added.map((p) => p.id).sort());
    for (const p of stored) {
      expect(p.takenAt).toEqual({ year: 2019, month: 7, day: 14 });
      const original = await readPhotoBlob(book.id, p.id, 'original', p.mime);
      const bytes = new Uint8Array(await original.arrayBuffer());
      expect(await exifr.gps(bytes)).toBeUndefined();
      expect(bytes.byteLength).toBe(p.byteLength);
    }
  });

  it('stores what the workers sealed, byte for byte the clean photo, under the right slots', async () => {
    const book = await makeBook();
    const plainBook = await makeBook();
    const files = goodFiles().slice(0, 2);
    const sealed = await runImport(
      book.id,
      files,
      {},
      deps({
        sealInWorkers: true,
        process: (f, takenAt, seal) => processPhoto(f, codec, takenAt, seal),
      }),
    );
    const plain = await runImport(plainBook.id, goodFiles().slice(0, 2), {}, deps());
    expect(sealed.added).toHaveLength(2);
    for (const p of sealed.added) {
      const twin = plain.added.find((q) => q.sha256 === p.sha256);
      if (!twin) throw new Error('no twin');
      const a = await readPhotoBlob(book.id, p.id, 'original', p.mime);
      const b = await readPhotoBlob(plainBook.id, twin.id, 'original', twin.mime);
      expect(Buffer.from(await a.arrayBuffer())).toEqual(Buffer.from(await b.arrayBuffer()));
      const thumb = await readPhotoBlob(book.id, p.id, 'thumb', 'image/jpeg');
      expect(await thumb.text()).toBe('thumb');
    }
  });

  it('stores a photo already in the book only once', async () => {
    const book = await makeBook();
    const first = await runImport(book.id, goodFiles(), {}, deps());
    const again = await runImport(book.id, goodFiles(), {}, deps());
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((p) => p.id).sort()).toEqual(first.added.map((p) => p.id).sort());
    expect(await db().photos.count()).toBe(4);
    // No hash in any clear field: only ids, kinds and sort keys are readable.
    const rows = await db().photos.toArray();
    for (const row of rows)
      expect(JSON.stringify({ ...row, ct: undefined })).not.toContain(first.added[0]?.sha256);
  });

  it('says "storage full" for every file not stored, and keeps the batches already written', async () => {
    const book = await makeBook();
    let calls = 0;
    const store = async (bookId: string, photos: NewPhoto[]) => {
      calls += 1;
      if (calls > 1) throw new StorageError('storage-full');
      await addPhotos(bookId, photos);
    };
    const files = [
      ...goodFiles(),
      ...goodFiles().map((f) => file(fixture('Portrait_1.jpg'), f.name)),
    ];
    const summary = await runImport(
      book.id,
      files.slice(0, 5),
      {},
      deps({ store, concurrency: 1 }),
    );
    const stored = await listPhotos(book.id);
    expect(stored.items.map((p) => p.id).sort()).toEqual(summary.added.map((p) => p.id).sort());
    expect(summary.added.length).toBeGreaterThan(0);
    expect(summary.failed.length).toBeGreaterThan(0);
    expect(summary.failed.every((f) => f.reason === 'storage-full')).toBe(true);
    expect(summary.added.length + summary.failed.length + summary.duplicates.length).toBe(5);
    expect(await db().blobs.count()).toBe(stored.items.length * 2); // nothing half-stored
  });

  it('gathers finished photos into fuller transactions, and still stores the last ones at once', async () => {
    const book = await makeBook();
    const sizes: number[] = [];
    const store = async (bookId: string, photos: NewPhoto[]) => {
      sizes.push(photos.length);
      await addPhotos(bookId, photos);
    };
    const files = [
      ...goodFiles(),
      ...[1, 2, 3, 4, 5, 6].map((n) => file(fixture(`Portrait_${n}.jpg`), `P${n}.jpg`)),
    ];
    const started = Date.now();
    // Far longer than the test may take: only a full batch or the end of the files writes.
    const summary = await runImport(book.id, files, {}, deps({ store, gatherMs: 60_000 }));
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(summary.added).toHaveLength(10);
    expect(sizes).toEqual([8, 2]);
    expect((await listPhotos(book.id)).items).toHaveLength(10);
  });

  it('stops when cancelled: written photos stay, nothing after them is stored', async () => {
    const book = await makeBook();
    const controller = new AbortController();
    let processed = 0;
    const process: ImportDeps['process'] = async (f, takenAt) => {
      processed += 1;
      if (processed === 3) controller.abort();
      return processPhoto(f, codec, takenAt);
    };
    const summary = await runImport(
      book.id,
      goodFiles(),
      { signal: controller.signal },
      deps({ process, concurrency: 1 }),
    );
    expect(summary.cancelled).toBe(true);
    expect(summary.added.length).toBeLessThan(4);
    expect((await listPhotos(book.id)).items).toHaveLength(summary.added.length);
    expect(processed).toBe(3);
  });

  it('turns HEIC into JPEG through the converter, or says it must be saved as JPEG', async () => {
    const book = await makeBook();
    const heic = new Uint8Array(
      readFileSync(resolve(import.meta.dirname, '../../tests/fixtures/photos/tiny.heic')),
    );
    const jpeg = fixture('Portrait_1.jpg');
    const converted = await runImport(
      book.id,
      [file(heic, 'IMG_1.HEIC')],
      {},
      deps({ convertHeic: () => Promise.resolve(new Blob([jpeg])) }),
    );
    expect(converted.added).toHaveLength(1);
    expect(converted.added[0]?.mime).toBe('image/jpeg');

    const refused = await runImport(book.id, [file(heic, 'IMG_2.HEIC')], {}, deps());
    expect(refused.failed).toEqual([{ name: 'IMG_2.HEIC', reason: 'heic-unsupported' }]);
  });

  it('refuses to start on a locked book', async () => {
    const book = await makeBook();
    const { lockBook } = await import('@/db');
    lockBook(book.id);
    await expect(runImport(book.id, goodFiles(), {}, deps())).rejects.toMatchObject({
      code: 'book-locked',
    });
  });
});

describe('runImport with a kind (drawings, issue 14)', () => {
  it('stores a PNG drawing with its kind, title and links, cleaned like a photo', async () => {
    const book = await makeBook();
    const summary = await runImport(
      book.id,
      [file(dirtyPng(), 'drawing.png')],
      {
        kind: 'drawing',
        details: {
          title: 'Mit hjem',
          caption: 'Mit hjem',
          entryIds: ['e1'],
          personIds: ['p1'],
          takenAt: { year: 2026, month: 12, day: 7 },
        },
      },
      deps(),
    );
    expect(summary.failed).toEqual([]);
    const [stored] = (await listPhotos(book.id)).items;
    expect(stored).toMatchObject({
      kind: 'drawing',
      mime: 'image/png',
      title: 'Mit hjem',
      caption: 'Mit hjem',
      entryIds: ['e1'],
      personIds: ['p1'],
      takenAt: { year: 2026, month: 12, day: 7 },
    });
    expect(summary.added[0]?.id).toBe(stored?.id);
  });

  it('keeps photos without a kind, as every photo stored before kinds', async () => {
    const book = await makeBook();
    await runImport(book.id, [file(dirtyPng(), 'photo.png')], {}, deps());
    const [stored] = (await listPhotos(book.id)).items;
    expect(stored).toBeDefined();
    expect(stored && 'kind' in stored).toBe(false);
    expect(stored?.entryIds).toEqual([]);
  });

  it('refuses a drawing that is not a PNG, and stores nothing', async () => {
    const book = await makeBook();
    const jpeg = file(fixture('Landscape_1.jpg'), 'drawing.jpg');
    const summary = await runImport(book.id, [jpeg], { kind: 'drawing' }, deps());
    expect(summary.failed).toEqual([{ name: 'drawing.jpg', reason: 'unsupported-type' }]);
    expect(summary.added).toEqual([]);
    expect(await db().photos.count()).toBe(0);
    expect(await db().blobs.count()).toBe(0);
  });

  it('refuses a drawing over its limit before reading it', async () => {
    const book = await makeBook();
    const process = vi.fn<ImportDeps['process']>();
    const big = file(new Uint8Array(MEDIA_LIMITS.drawingBytes + 1), 'huge.png');
    const summary = await runImport(book.id, [big], { kind: 'drawing' }, deps({ process }));
    expect(summary.failed).toEqual([{ name: 'huge.png', reason: 'too-large' }]);
    expect(process).not.toHaveBeenCalled();
    expect(await db().photos.count()).toBe(0);
  });
});
