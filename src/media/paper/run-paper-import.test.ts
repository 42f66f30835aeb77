import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import exifr from 'exifr';

import {
  addMedia,
  addPhotos,
  db,
  listPhotos,
  readMediaBlob,
  readPhotoBlob,
  StorageError,
} from '@/db';
import { TEXT_LIMITS } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { withEverything } from '@/testing/exif-builder';
import { makeBook } from '@/testing/factories';
import { expectRefused, onlyAdded } from '@/testing/import-summary';
import { INFO_AUTHOR, XMP_MARKER, dangers, paperPdf } from '@/testing/paper-pdf-builder';

import { processPhoto, type ImageCodec } from '../process-photo';
import { runImport } from '../run-import';
import { cleanPaperFile } from './clean-paper-file';
import { runPaperImport, type PaperImportDeps, type PaperMeta } from './run-paper-import';

withFreshDatabase();

const codec: ImageCodec = {
  thumbnail: () => Promise.resolve(new Blob(['thumb'], { type: 'image/jpeg' })),
  reencode: () => Promise.reject(new Error('no decoder')),
};

function deps(overrides: Partial<PaperImportDeps> = {}): PaperImportDeps {
  return {
    clean: cleanPaperFile,
    importScans: (bookId, files, opts) =>
      runImport(bookId, files, opts, {
        process: (f, takenAt) => processPhoto(f, codec, takenAt),
        concurrency: 1,
        convertHeic: () => Promise.resolve(undefined),
        store: addPhotos,
        existing: async (id) => (await listPhotos(id)).items,
      }),
    store: addMedia,
    existing: async (id) => (await listPhotos(id)).items,
    ...overrides,
  };
}

const meta: PaperMeta = {
  title: 'Skoleudtalelse 3. klasse',
  date: { year: 2015, month: 6 },
  givenBy: 'Testby Skole',
};

const photo = () =>
  readFileSync(
    resolve(import.meta.dirname, '../../../../shared/fixtures/photos/orientation/Landscape_1.jpg'),
  );
const latin1 = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const file = (bytes: Uint8Array | string, name: string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

async function storedRows() {
  return { photos: await db().photos.count(), blobs: await db().blobs.count() };
}

describe('runPaperImport', () => {
  it('stores a cleaned PDF in sealed pieces with its title, date, giver and pages', async () => {
    const b = await makeBook();
    const progress: number[] = [];
    const summary = await runPaperImport(
      b.id,
      [file(await paperPdf({ pages: 3 }), 'udtalelse.pdf')],
      { ...meta, entryIds: ['e1'] },
      { onProgress: (p) => progress.push(p.done) },
      deps(),
    );
    const paper = onlyAdded(summary);
    expect(paper).toMatchObject({
      kind: 'paper',
      mime: 'application/pdf',
      title: 'Skoleudtalelse 3. klasse',
      takenAt: { year: 2015, month: 6 },
      givenBy: 'Testby Skole',
      pageCount: 3,
      thumbless: true,
      chunks: 1,
      entryIds: ['e1'],
      width: 595,
      height: 842,
    });
    const stored = new Uint8Array(await (await readMediaBlob(b.id, paper)).arrayBuffer());
    expect(latin1(stored)).toMatch(/^%PDF-/);
    expect(latin1(stored)).not.toContain(INFO_AUTHOR);
    expect(latin1(stored)).not.toContain(XMP_MARKER);
    expect(paper.byteLength).toBe(stored.length);
    expect(progress.at(-1)).toBe(1);
    expect((await listPhotos(b.id)).items.map((p) => p.id)).toEqual([paper.id]);
  });

  it('stores a scan through the photo pipeline as a paper, dated as the child said', async () => {
    const b = await makeBook();
    const summary = await runPaperImport(
      b.id,
      [file(withEverything(photo()), 'scan.jpg')],
      meta,
      {},
      deps(),
    );
    const scan = onlyAdded(summary);
    expect(scan).toMatchObject({
      kind: 'paper',
      mime: 'image/jpeg',
      title: meta.title,
      givenBy: meta.givenBy,
      // The photo's EXIF says 2019 (the day of the scan); the paper is from 2015.
      takenAt: { year: 2015, month: 6 },
    });
    expect(scan.chunks).toBeUndefined();
    const bytes = new Uint8Array(await (await readPhotoBlob(b.id, scan.id, 'original', 'image/jpeg')).arrayBuffer()); // prettier-ignore
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
  });

  it('calls papers without a title by their file names', async () => {
    const b = await makeBook();
    const summary = await runPaperImport(
      b.id,
      [file(await paperPdf(), 'brev fra mor.pdf'), file(photo(), 'bevis.jpeg')],
      { title: '  ' },
      {},
      deps(),
    );
    expect(summary.added.map((p) => p.title).sort()).toEqual(['bevis', 'brev fra mor']);
  });

  it('refuses dangerous PDFs and other files with reasons, and stores nothing', async () => {
    const b = await makeBook();
    const before = await storedRows();
    const summary = await runPaperImport(
      b.id,
      [
        file(await paperPdf({ edit: dangers.openActionJs }), 'script.pdf'),
        file(await paperPdf({ edit: dangers.embeddedFile }), 'vedhæftet.pdf'),
        file(await paperPdf({ edit: dangers.launch }), 'start.pdf'),
        file('Kære mor', 'brev.txt'),
        file('', 'tom.pdf'),
        file('<svg xmlns="http://www.w3.org/2000/svg"/>', 'tegning.svg'),
      ],
      meta,
      {},
      deps(),
    );
    expect(summary.added).toEqual([]);
    expectRefused(summary, [
      { name: 'script.pdf', reason: 'javascript' },
      { name: 'vedhæftet.pdf', reason: 'embedded-files' },
      { name: 'start.pdf', reason: 'actions' },
      { name: 'brev.txt', reason: 'not-a-paper' },
      { name: 'tom.pdf', reason: 'empty' },
      { name: 'tegning.svg', reason: 'svg' },
    ]);
    expect(await storedRows()).toEqual(before);
  });

  it('refuses details longer than the form allows, for every file, storing nothing', async () => {
    const b = await makeBook();
    const before = await storedRows();
    const pdf = file(await paperPdf(), 'a.pdf');
    const long = 'x'.repeat(TEXT_LIMITS.title + 1);
    const s1 = await runPaperImport(b.id, [pdf], { title: long }, {}, deps());
    expect(s1.failed).toEqual([{ name: 'a.pdf', reason: 'title-too-long' }]);
    const giver = 'y'.repeat(TEXT_LIMITS.name + 1);
    const s2 = await runPaperImport(b.id, [pdf], { title: 'A', givenBy: giver }, {}, deps());
    expect(s2.failed).toEqual([{ name: 'a.pdf', reason: 'given-by-too-long' }]);
    expect(await storedRows()).toEqual(before);
  });

  it('finds a PDF already in the book before storing it again', async () => {
    const b = await makeBook();
    const bytes = await paperPdf();
    const first = await runPaperImport(b.id, [file(bytes, 'a.pdf')], meta, {}, deps());
    const before = await storedRows();
    const again = await runPaperImport(b.id, [file(bytes, 'b.pdf')], meta, {}, deps());
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((p) => p.id)).toEqual(first.added.map((p) => p.id));
    expect(await storedRows()).toEqual(before);
  });

  it('a full disk fails this PDF and the ones after it, with nothing half-stored', async () => {
    const b = await makeBook();
    const before = await storedRows();
    const summary = await runPaperImport(
      b.id,
      [file(await paperPdf(), 'a.pdf'), file(await paperPdf({ pages: 3 }), 'b.pdf')],
      meta,
      {},
      deps({ store: () => Promise.reject(new StorageError('storage-full')) }),
    );
    expect(summary.failed).toEqual([
      { name: 'a.pdf', reason: 'storage-full' },
      { name: 'b.pdf', reason: 'storage-full' },
    ]);
    expect(await storedRows()).toEqual(before);
  });

  it('cancelling stops at once: papers already stored stay, nothing after is stored', async () => {
    const b = await makeBook();
    const stop = new AbortController();
    let cleaned = 0;
    const summary = await runPaperImport(
      b.id,
      [file(await paperPdf(), 'a.pdf'), file(await paperPdf({ pages: 3 }), 'b.pdf')],
      meta,
      { signal: stop.signal },
      deps({
        clean: async (f) => {
          const outcome = await cleanPaperFile(f);
          cleaned += 1;
          if (cleaned === 2) stop.abort();
          return outcome;
        },
      }),
    );
    expect(summary.cancelled).toBe(true);
    expect(summary.added).toHaveLength(1);
    expect(summary.failed).toEqual([]);
    expect((await listPhotos(b.id)).items).toHaveLength(1);
  });
});
