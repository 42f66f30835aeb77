import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { MovingPackPage } from './pages/moving-pack-page';
import { ImportPage } from './pages/import-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { bagProblems, rootOf, unzipPack, writeUnpacked } from './support/bag';
import { launchApp, type LaunchedApp } from './support/browser';
import { dumpOriginStorage } from './support/storage-dump';

/** Headless Chromium has a save picker it cannot show: the download path is the one to test. */
const NO_SAVE_PICKER = 'Object.defineProperty(window, "showSaveFilePicker", { value: undefined });';

/** A save picker that "chooses" a file in the origin-private file system, which the test reads. */
const OPFS_SAVE_PICKER = `Object.defineProperty(window, 'showSaveFilePicker', {
  value: async (options) => {
    const dir = await navigator.storage.getDirectory();
    return dir.getFileHandle(options.suggestedName, { create: true });
  },
});`;

describe('pack: the moving pack', () => {
  let app: LaunchedApp;
  let dir: string;
  let zip: Uint8Array;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'livsbog-pack-'));
    app = await launchApp({ contextOptions: { acceptDownloads: true } });
    await app.context.addInitScript(NO_SAVE_PICKER);
    await new ShelfPage(app.page, app.baseURL).open({ lang: 'en' });
    await new ShelfPage(app.page, app.baseURL).openSampleBook();
  }, 180_000);

  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reviews what goes along and downloads a valid BagIt bag', async () => {
    const pack = new MovingPackPage(app.page, app.baseURL);
    await pack.openFromNav();
    const counts = (await pack.counts().allTextContents()).map((s) => s.trim());
    assert.ok(counts.includes('20 photos'), `counts: ${counts.join(' | ')}`);
    await expectNoAxeViolations(app.page, 'pack page');

    const download = await pack.makePackAsDownload();
    assert.match(download.suggestedFilename(), /^livsbog-alma-sample-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    zip = new Uint8Array(await readFile(file));
    const files = unzipPack(zip);
    assert.deepEqual(bagProblems(files), []);
    const root = rootOf(files);
    for (const name of [
      'LAES-MIG.txt',
      'index.html',
      'livsbog.pdf',
      'livsbog.json',
      'livsbog.schema.json',
    ]) {
      assert.ok(files.has(`${root}/data/${name}`), `data/${name} is in the bag`);
    }
    const media = [...files.keys()].filter((n) => n.startsWith(`${root}/data/media/`));
    assert.equal(media.length, 20, 'every photo is in media/');
    const pdf = files.get(`${root}/data/livsbog.pdf`) ?? new Uint8Array();
    assert.equal(new TextDecoder().decode(pdf.subarray(0, 5)), '%PDF-');

    // The page now says when the last pack was made.
    await app.page
      .getByTestId('last-export')
      .filter({ hasText: 'The last moving pack was made' })
      .waitFor();
    assert.deepEqual(app.pageErrors(), []);
  }, 240_000);

  it('opens the exported index.html from disk with every photo and no request', async () => {
    assert.ok(zip, 'the previous test made the pack');
    const files = unzipPack(zip);
    const unpacked = path.join(dir, 'unpacked');
    await writeUnpacked(files, unpacked);
    const index = path.join(unpacked, rootOf(files), 'data', 'index.html');
    const viewer = await launchApp();
    try {
      const page = viewer.page;
      const before = viewer.requests().length;
      await page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
      // Photos load lazily (a book may hold hundreds): scroll each into view, as a reader would.
      const images = await page.evaluate(async () => {
        const out: { ok: boolean; src: string | null }[] = [];
        for (const img of [...document.images]) {
          img.scrollIntoView();
          const ok = await img.decode().then(
            () => img.naturalWidth > 0,
            () => false,
          );
          out.push({ ok, src: img.getAttribute('src') });
        }
        return out;
      });
      assert.equal(images.length, 20, 'every photo is on the page');
      assert.deepEqual(
        images.filter((i) => !i.ok),
        [],
        `every photo loaded; requests: ${viewer.requests().slice(before).join(', ')}`,
      );
      const requests = viewer.requests().slice(before);
      const dataDir = pathToFileURL(path.dirname(index)).href;
      assert.deepEqual(
        requests.filter((url) => !url.startsWith(dataDir)),
        [],
        'nothing but the bag’s own files was requested',
      );
      assert.equal(await page.evaluate(() => document.scripts.length), 0, 'no script at all');
      assert.deepEqual(viewer.pageErrors(), []);
    } finally {
      await viewer.close();
    }
  }, 120_000);

  it('brings the pack into a fresh browser as a new book, whose next pack holds the same', async () => {
    assert.ok(zip, 'the first test made the pack');
    const other = await launchApp({ contextOptions: { acceptDownloads: true } });
    try {
      await other.context.addInitScript(NO_SAVE_PICKER);
      const importer = new ImportPage(other.page, other.baseURL);
      await importer.open();
      await importer.chooseFile(Buffer.from(zip), 'livsbog-alma.zip');
      await importer.waitChecked();
      await expectNoAxeViolations(other.page, 'import page, pack checked');
      await importer.importAsNewBook();
      const done = await importer.waitDone();
      assert.match(done, /has been brought in/);
      await importer.openNewBook();

      const pack = new MovingPackPage(other.page, other.baseURL);
      await pack.openFromNav();
      const download = await pack.makePackAsDownload();
      const file = path.join(dir, `again-${download.suggestedFilename()}`);
      await download.saveAs(file);
      const first = unzipPack(zip);
      const again = unzipPack(new Uint8Array(await readFile(file)));
      assert.deepEqual(bagProblems(again), []);
      const data = (files: Map<string, Uint8Array>) => {
        const json = JSON.parse(
          new TextDecoder().decode(files.get(`${rootOf(files)}/data/livsbog.json`)),
        ) as Record<string, unknown>;
        const byId = (list: unknown) =>
          [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
        // A pack never makes a book the sample (issue 12, item 6): the sample's pack comes back
        // as the child's own book, and everything else about the book is the same.
        const book = structuredClone(json.book) as { cover?: Record<string, unknown> };
        if (book.cover) delete book.cover.sample;
        return {
          book,
          entries: byId(json.entries),
          people: byId(json.people),
          photos: byId(json.photos),
          snapshots: byId(json.snapshots),
          // Not `leftOut`: it describes one export (the first left out an address the second
          // never received), not the book.
        };
      };
      const firstCover = data(first).book.cover;
      assert.equal(firstCover?.sample, undefined, 'the compared book carries no sample flag');
      const raw = (files: Map<string, Uint8Array>) =>
        JSON.parse(new TextDecoder().decode(files.get(`${rootOf(files)}/data/livsbog.json`))) as {
          book: { cover: { sample?: boolean } };
        };
      assert.equal(raw(first).book.cover.sample, true, 'the first pack is the sample book');
      assert.equal(raw(again).book.cover.sample, undefined, "brought in, it is the child's own");
      assert.deepEqual(data(again), data(first), 'every record and field came back');
      const media = (files: Map<string, Uint8Array>) =>
        new Map(
          [...files]
            .filter(([n]) => n.includes('/data/media/'))
            .map(([n, b]) => [
              n.slice(n.indexOf('/data/media/')),
              Buffer.from(b).toString('base64'),
            ]),
        );
      assert.deepEqual(media(again), media(first), 'every photo byte for byte');
      assert.deepEqual(other.pageErrors(), []);
    } finally {
      await other.close();
    }
  }, 300_000);

  it('makes the PDF for Digital Post in parts of the chosen size', async () => {
    const pack = new MovingPackPage(app.page, app.baseURL);
    const links = await pack.makePdf(/^5 MB$/);
    const n = await links.count();
    assert.ok(n >= 1);
    const names = await links.allTextContents();
    if (n > 1) assert.match(names[0] ?? '', /livsbog-part-01-of-/);
    else assert.match(names[0] ?? '', /livsbog\.pdf/);
    assert.deepEqual(app.pageErrors(), []);
  }, 240_000);

  it('streams the pack into a file chosen with the save picker', async () => {
    const saver = await launchApp();
    try {
      await saver.context.addInitScript(OPFS_SAVE_PICKER);
      const shelf = new ShelfPage(saver.page, saver.baseURL);
      await shelf.open({ lang: 'en' });
      await shelf.openSampleBook();
      const pack = new MovingPackPage(saver.page, saver.baseURL);
      await pack.openFromNav();
      const text = await pack.makePackSaved();
      const name = /saved as (\S+\.zip)/.exec(text)?.[1] ?? '';
      const saved = await saver.page.evaluate(async (fileName) => {
        const root = await navigator.storage.getDirectory();
        const file = await (await root.getFileHandle(fileName)).getFile();
        const bytes = new Uint8Array(await file.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        return btoa(binary);
      }, name);
      const files = unzipPack(new Uint8Array(Buffer.from(saved, 'base64')));
      assert.deepEqual(bagProblems(files), []);
      assert.deepEqual(saver.pageErrors(), []);
    } finally {
      await saver.close();
    }
  }, 300_000);

  it('refuses a hostile pack with its own message and changes nothing on the device', async () => {
    assert.ok(zip, 'the first test made the pack');
    const files = unzipPack(zip);
    const root = rootOf(files);
    const cases: [string, Uint8Array, RegExp][] = [
      [
        'zip slip',
        zipSync({
          ...Object.fromEntries(files),
          [`${root}/data/../../evil.txt`]: new Uint8Array([1]),
        }),
        /names that point outside the pack/,
      ],
      [
        'a changed photo',
        zipSync(
          Object.fromEntries(
            [...files].map(([name, bytes]) => [
              name,
              name.includes('/data/media/0001')
                ? bytes.map((b, i) => (i === 200 ? b ^ 1 : b))
                : bytes,
            ]),
          ),
        ),
        /changed or damaged after the pack was made/,
      ],
    ];
    // Last in this file: going to /import by address reloads the app, which locks the book.
    const importer = new ImportPage(app.page, app.baseURL);
    for (const [what, bytes, message] of cases) {
      await importer.open();
      const before = await dumpOriginStorage(app.page);
      await importer.chooseFile(Buffer.from(bytes), `${what}.zip`);
      assert.match(await importer.errorText(), message, what);
      const after = await dumpOriginStorage(app.page);
      assert.deepEqual(after.items, before.items, `${what}: the store is unchanged`);
    }
  }, 180_000);
});
