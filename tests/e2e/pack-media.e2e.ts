import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import exifr from 'exifr';
import { afterEach, beforeEach, describe, it } from 'vitest';

import { MovingPackPage, noSavePickerScript } from './pages/moving-pack-page';
import { ImportPage } from './pages/import-page';
import { PhotosPage } from './pages/photos-page';
import { unzipPack } from './support/bag';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { responseTime } from './support/hostile';
import { checkIntegrity, digestStores } from './support/integrity';
import { gpsJpeg, gpsPack, junkPack } from './support/make-media-pack';

/** Every block exifr can read that could say where or with what a photo was taken. */
const IDENTIFYING = {
  tiff: true,
  ifd1: true,
  exif: true,
  gps: true,
  interop: true,
  makerNote: true,
  userComment: true,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  translateValues: false,
  reviveValues: false,
  mergeOutput: false,
  multiSegment: true,
};

/** What exifr and a byte search find of GPS, XMP, IPTC, maker notes and an embedded thumbnail. */
async function metadataLeft(bytes: Uint8Array): Promise<string[]> {
  const found: string[] = [];
  const out = ((await exifr.parse(bytes, IDENTIFYING).catch(() => undefined)) ?? {}) as Record<
    string,
    unknown
  >;
  for (const block of ['gps', 'xmp', 'iptc', 'makerNote', 'ifd1', 'exif', 'photoshop']) {
    if (out[block] !== undefined) found.push(block);
  }
  if ((await exifr.thumbnail(bytes)) !== undefined) found.push('thumbnail');
  for (const text of [
    'Testby',
    'Testvej',
    'MAKERNOTE',
    'SERIAL-0042',
    'Fonecorp',
    'embedded-thumbnail',
  ]) {
    if (Buffer.from(bytes).includes(text)) found.push(text);
  }
  return found;
}

describe('a moving pack’s photos go through the photo importer’s checks', () => {
  let app: LaunchedApp;
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'livsbog-pack-media-'));
    app = await launchApp({ contextOptions: { acceptDownloads: true } });
    await app.context.addInitScript(noSavePickerScript);
  }, 60_000);

  afterEach(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a GPS photo comes in and goes out again without GPS, XMP, IPTC, maker notes or thumbnail', async () => {
    // The fixture really carries all of it.
    const dirty = await metadataLeft(gpsJpeg());
    // XMP is filed under its namespaces (photoshop:City, exif:GPSLatitude).
    for (const block of ['gps', 'photoshop', 'iptc', 'makerNote', 'thumbnail']) {
      assert.ok(dirty.includes(block), `the test photo has ${block}`);
    }

    const importer = new ImportPage(app.page, app.baseURL);
    await importer.open();
    await importer.chooseFile(await gpsPack(), 'gps-pack.zip');
    await importer.waitChecked();
    assert.deepEqual(await importer.refusedLines(), [], 'no photo stays out');
    await importer.importAsNewBook();
    await importer.waitDone();
    await importer.openNewBook();

    // What the book stores, as the app decrypts it ("Save a copy" of the photo).
    const photos = new PhotosPage(app.page, app.baseURL);
    await photos.goToPhotos();
    await photos.waitForGallery(2);
    await photos.openPhoto('ph_gps');
    const stored = new Uint8Array(await photos.downloadPhoto());
    await photos.closePhoto();
    assert.deepEqual(await metadataLeft(stored), [], 'nothing identifying is stored');
    assert.ok(stored.length > 1000 && stored[0] === 0xff && stored[1] === 0xd8, 'still a JPEG');

    // And the book's next moving pack.
    const pack = new MovingPackPage(app.page, app.baseURL);
    await pack.openFromNav();
    const files = unzipPack(await pack.downloadPack(dir));
    const jpegs = [...files].filter(([n]) => /\/data\/media\/.*\.jpg$/.test(n));
    assert.equal(jpegs.length, 1);
    const exported = jpegs[0]?.[1] ?? new Uint8Array();
    assert.deepEqual(await metadataLeft(exported), [], 'nothing identifying is exported');
    assert.ok(Buffer.from(exported).equals(Buffer.from(stored)), 'exported as stored');
  }, 240_000);

  it('refuses "photos" no browser can draw: named, nothing of them stored, the gallery answers', async () => {
    const { zip, junkFiles } = await junkPack();
    assert.ok(zip.length < 5 * 1024 * 1024, `a small pack (${String(zip.length)} bytes)`);
    const importer = new ImportPage(app.page, app.baseURL);
    await importer.open();
    await importer.chooseFile(zip, 'junk-pack.zip');
    await importer.waitChecked();

    // Named before anything is written, each by its file in the pack.
    const before = await importer.refusedLines();
    assert.equal(before.length, junkFiles.length, before.join('\n'));
    for (const file of junkFiles) {
      assert.ok(
        before.some((line) => line.startsWith(`${file}:`)),
        `${file} is named: ${before.join(' | ')}`,
      );
    }
    assert.ok(before.filter((l) => l.includes('too big')).length >= 3, before.join(' | '));
    await importer.importAsNewBook();
    await importer.waitDone();
    assert.equal((await importer.refusedLines()).length, junkFiles.length, 'named again after');
    await importer.openNewBook();

    const photos = new PhotosPage(app.page, app.baseURL);
    await photos.goToPhotos();
    await photos.waitForGallery(1);
    for (let i = 0; i < 5; i += 1) {
      const ms = await responseTime(app.page, 2_000);
      assert.ok(ms < 2_000, `the gallery answers (${String(Math.round(ms))} ms)`);
    }
    const integrity = await checkIntegrity(app.page);
    assert.deepEqual(integrity.problems, []);
    // One book, with only the real photo: its bytes and its thumbnail.
    assert.deepEqual(
      Object.values(integrity.books).map((b) => [b.photos, b.blobs]),
      [[1, 2]],
    );
    const usage = await withTimeout(
      app.page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0),
      15_000,
      'storage estimate',
    );
    assert.ok(usage < 50 * 1024 * 1024, `storage used: ${String(usage)} bytes`);
  }, 240_000);

  it('says how much space a pack needs and how much is free, before writing anything', async () => {
    // A device with 100 kB free: the GPS pack needs about twice its 400 kB.
    await app.context.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'estimate', {
        value: () => Promise.resolve({ usage: 0, quota: 100_000 }),
      });
    });
    const importer = new ImportPage(app.page, app.baseURL);
    await importer.open();
    const empty = await digestStores(app.page);
    await importer.chooseFile(await gpsPack(), 'gps-pack.zip');
    const text = await importer.errorText();
    assert.match(text, /not enough space/, text);
    assert.match(text, /needs about \d[\d.,]* ?[kM]B of free space/, text);
    assert.match(text, /and 100 kB is free/, text);
    assert.deepEqual(await digestStores(app.page), empty, 'nothing was written');
  }, 120_000);
});
