import assert from 'node:assert/strict';

import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';

import type { UploadFile } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { ImportPage } from './pages/import-page';
import { LockScreen } from './pages/lock-screen';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import {
  checkIntegrity,
  digestDifferences,
  digestStores,
  readJournals,
  waitForJournal,
  type IntegrityReport,
  type StoreDigest,
} from './support/integrity';
import { makePack, type MadePack } from './support/make-pack';
import { noisyPng } from './support/png';

/**
 * Issue #8, faults 1 and 2: the disk fills up while photos or a moving pack come in, and the
 * tab crashes in the middle of either. Nothing stored before may change, nothing may be
 * half-written, the app must say what happened, and the same import must work afterwards.
 */

const STORAGE_FULL =
  'There is no more room on the device. Nothing was lost. Delete something you do not use and try again.';
const PHOTO_STORAGE_FULL = 'There is no more space on this device, so the photo was not saved.';
const PACK_INTERRUPTED = 'Bringing in a moving pack was interrupted. Nothing of it was saved.';

/**
 * `n` PNGs of random pixels (640 × 480: about 0.9 MB each), so every run brings photos no run
 * stored before.
 */
function photoFiles(n: number, prefix: string, width = 640, height = 480): UploadFile[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `${prefix}-${String(i + 1).padStart(2, '0')}.png`,
    mimeType: 'image/png',
    buffer: noisyPng(width, height),
  }));
}

/** Tall enough that the virtualised gallery shows all of the pack's 30 photos at once. */
const TALL = { contextOptions: { viewport: { width: 1280, height: 2400 } } };

/**
 * Fault 1 runs without the service worker. Its Cache Storage counts towards the quota, and
 * Chromium changes that usage by itself, by hundreds of kB either way, the first times the app's
 * cached scripts run (nothing the app writes): the room measured before the restart was used up
 * after it before the import began, so the import's note found no room and the photos never
 * reached the disk. Without the worker, the room left is exactly what the test sets.
 */
const NO_SERVICE_WORKER = {
  contextOptions: { ...TALL.contextOptions, serviceWorkers: 'block' as const },
};

/** A notice on a page of the open book, found by its text. */
function bookNotice(page: Page, text: string) {
  return page.locator('.book-content .notice', { hasText: text });
}

function assertWhole(report: IntegrityReport, what: string): void {
  assert.deepEqual(report.problems, [], `${what}: the store is whole`);
}

/** Makes a book through the wizard and puts three photos in it: the data that must survive. */
async function bookWithPhotos(app: LaunchedApp, nickname: string): Promise<CreatedBook> {
  const shelf = new ShelfPage(app.page, app.baseURL);
  await shelf.open({ lang: 'en' });
  await shelf.startNewBook();
  const created = await new CreateBookPage(app.page, app.baseURL).create({
    nickname,
    language: 'en',
  });
  const photos = new PhotosPage(app.page, app.baseURL);
  await photos.goToPhotos();
  await photos.importFiles(photoFiles(3, 'earlier'));
  assert.equal(await photos.addedText(), '3 photos were added to the book.');
  return created;
}

/**
 * Keeps a pack's import in its sealing phase until the tab dies (test-only: nothing of it is in
 * the app). From the import worker's first "seal" progress report on, its messages are no longer
 * handed to the page, so the sealed photos never reach the commit. Sealing the pack's 30 photos
 * takes 0.3–0.4 s here, too short a moment for a test that polls the page from outside to be
 * sure to catch, let alone to crash the tab in before the commit (faults-kill.e2e.ts met the same
 * with "Saving"). Call it once the pack is checked, in the page that will crash.
 */
async function holdInSealPhase(page: Page): Promise<void> {
  await withTimeout(
    page.evaluate(() => {
      const own = Object.getOwnPropertyDescriptor(Worker.prototype, 'onmessage');
      if (!own?.set) throw new Error('Worker.prototype.onmessage is not a setter');
      Object.defineProperty(Worker.prototype, 'onmessage', {
        ...own,
        set(this: Worker, listener: ((this: Worker, e: MessageEvent) => unknown) | null) {
          let sealing = false;
          const held = (e: MessageEvent) => {
            if (sealing) return;
            const data: unknown = e.data;
            if (
              typeof data === 'object' &&
              data !== null &&
              'type' in data &&
              data.type === 'progress' &&
              'phase' in data &&
              data.phase === 'seal'
            )
              sealing = true;
            listener?.call(this, e);
          };
          own.set?.call(this, listener === null ? null : held);
        },
      });
    }),
    10_000,
    'holding the import in its sealing phase',
  );
}

/** Crashes the tab's renderer (as an out-of-memory kill would) and opens a new tab. */
async function crashTab(app: LaunchedApp, page: Page): Promise<Page> {
  const cdp = await app.context.newCDPSession(page);
  const crashed = new Promise<void>((resolve) => {
    page.once('crash', () => {
      resolve();
    });
  });
  // The answer never comes: the renderer is gone before it could send it.
  cdp.send('Page.crash').catch(() => undefined);
  await withTimeout(crashed, 15_000, 'the tab crashing');
  await page.close().catch(() => undefined);
  return app.context.newPage();
}

let pack: MadePack;

beforeAll(async () => {
  const started = Date.now();
  pack = await makePack({ photos: 30, nickname: 'Moving Mo' });
  console.log(
    `moving pack: ${String(pack.counts.photos)} photos, ${String(Math.round(pack.zip.byteLength / 1e6))} MB, made in ${String(Date.now() - started)} ms`,
  );
});

describe('fault 1: the disk is full while importing', () => {
  let app: LaunchedApp;
  let cdp: CDPSession | undefined;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp(NO_SERVICE_WORKER);
    created = await bookWithPhotos(app, 'Full');
  }, 120_000);

  afterAll(async () => {
    if (cdp !== undefined) {
      await withTimeout(cdp.detach(), 10_000, 'cdp.detach()').catch(() => undefined);
    }
    await app.close();
  });

  /**
   * Chromium's IndexedDB remembers an origin's room once it has opened it: start the browser
   * again and set the quota before the app runs (as quota.e2e.ts does). The usage is measured
   * before closing, while the database is open: a fresh browser under-reports it until then.
   * Room is left for opening the app and the import's small note, not for a single photo.
   */
  async function restartWithLittleRoom(): Promise<void> {
    if (cdp !== undefined) await withTimeout(cdp.detach(), 10_000, 'cdp.detach()');
    const measure = await app.context.newCDPSession(app.page);
    const { usage } = await withTimeout(
      measure.send('Storage.getUsageAndQuota', { origin: app.baseURL }),
      10_000,
      'Storage.getUsageAndQuota',
    );
    const { userDataDir } = app;
    await app.close({ keepProfile: true });
    app = await launchApp({ ...NO_SERVICE_WORKER, userDataDir });
    cdp = await app.context.newCDPSession(app.page);
    await setQuota(usage + 512 * 1024);
  }

  /** Sets the origin's quota; without a size, back to the browser's own ("room is made"). */
  async function setQuota(quotaSize?: number): Promise<void> {
    assert.ok(cdp);
    await withTimeout(
      cdp.send('Storage.overrideQuotaForOrigin', {
        origin: app.baseURL,
        ...(quotaSize === undefined ? {} : { quotaSize }),
      }),
      10_000,
      'Storage.overrideQuotaForOrigin',
    );
  }

  it('photos: says there is no room, changes nothing, and imports once there is room', async () => {
    const started = Date.now();
    await restartWithLittleRoom();
    const lock = new LockScreen(app.page, app.baseURL);
    const photos = new PhotosPage(app.page, app.baseURL);
    await lock.goto(`/book/${created.bookId}/photos`, { lang: 'en' });
    await lock.unlockWithSentence(created.sentence);
    await photos.waitForGallery(3);
    const before = await digestStores(app.page);

    // 2.4 MB each: not one of them fits in the room left.
    const files = photoFiles(10, 'full', 1000, 800);
    await photos.importFiles(files);
    assert.equal(await photos.addedText(), '0 photos were added to the book.');
    assert.equal(
      (await app.page.locator('.import-summary .import-storage-full').textContent())?.trim(),
      STORAGE_FULL,
    );
    // In the order the workers finished them.
    const lines = (await photos.failureLines()).sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(
      lines,
      files.map((f) => ({ name: f.name, reason: PHOTO_STORAGE_FULL })),
    );
    assert.deepEqual(digestDifferences(before, await digestStores(app.page)), []);
    assertWhole(await checkIntegrity(app.page), 'after the full disk');
    assert.deepEqual(await readJournals(app.page), [], 'no note of the import is left');

    // Room again: the very same photos go in.
    await setQuota();
    await photos.importFiles(files);
    assert.equal(await photos.addedText(), '10 photos were added to the book.');
    await photos.waitForGallery(13);
    const report = await checkIntegrity(app.page);
    assertWhole(report, 'with room again');
    assert.equal(report.books[created.bookId]?.photos, 13);
    console.log(`fault 1, photos: ${String(Date.now() - started)} ms`);
  }, 120_000);

  it('a moving pack: says there is no room, changes nothing, and comes in once there is room', async () => {
    const started = Date.now();
    await restartWithLittleRoom();
    // The pack's check refuses a pack larger than half the free storage (pack-media.e2e.ts). Here
    // the browser says there is plenty, as Chromium 138+ does (usage + 10 GiB), so the disk
    // fills during the commit itself.
    await app.context.addInitScript(() => {
      Object.defineProperty(navigator.storage, 'estimate', {
        value: () => Promise.resolve({ usage: 0, quota: 10 * 1024 ** 3 }),
      });
    });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const importer = new ImportPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await importer.openFromShelf();
    const before = await digestStores(app.page);
    const kept = (await checkIntegrity(app.page)).books[created.bookId];
    assert.ok(kept, 'the other book is there');

    await importer.chooseFile(pack.zip, pack.name);
    await importer.waitChecked();
    await importer.importAsNewBook();
    assert.equal(
      await importer.errorText(60_000),
      `${STORAGE_FULL} Nothing on this device was changed.`,
    );
    assert.deepEqual(digestDifferences(before, await digestStores(app.page)), []);
    assertWhole(await checkIntegrity(app.page), 'after the full disk');
    assert.deepEqual(await readJournals(app.page), [], 'no note of the import is left');

    // Room again: "Try again" goes back to the checked pack, and it comes in.
    await setQuota();
    await importer.tryAgain();
    const sentence = await importer.importAsNewBook();
    assert.match(await importer.waitDone(), /The book “Moving Mo” has been brought in\./);
    await importer.openNewBook();
    const report = await checkIntegrity(app.page);
    assertWhole(report, 'with room again');
    const ids = Object.keys(report.books).filter((id) => id !== created.bookId);
    assert.equal(ids.length, 1, 'one new book');
    assert.deepEqual(report.books[ids[0] ?? ''], {
      ...pack.counts,
      blobs: 2 * pack.counts.photos,
    });
    assert.deepEqual(report.books[created.bookId], kept, 'the other book kept its photos');
    const photos = new PhotosPage(app.page, app.baseURL);
    await photos.goToPhotos();
    await photos.waitForGallery(pack.counts.photos);
    assert.ok(sentence.length > 0);
    console.log(`fault 1, moving pack: ${String(Date.now() - started)} ms`);
  }, 120_000);
});

describe('fault 2: the tab crashes in the middle of an import', () => {
  let app: LaunchedApp;
  let page: Page;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp(TALL);
    page = app.page;
    created = await bookWithPhotos(app, 'Crash');
  }, 120_000);

  afterAll(async () => {
    await app.close();
  });

  /** Starts importing 30 photos and crashes the tab once the first batch is stored. */
  async function crashDuringPhotoImport(): Promise<{ digest: StoreDigest; seen: number }> {
    const photos = new PhotosPage(page, app.baseURL);
    await photos.goto(`/book/${created.bookId}/photos`, { lang: 'en' });
    await new LockScreen(page, app.baseURL).unlockWithSentence(created.sentence);
    await photos.waitForPhotos();
    const digest = await digestStores(page);
    // 27 MB travel base64-encoded over CDP: give them the page model's time on a loaded machine.
    await photos.input().setInputFiles(photoFiles(30, 'crash'), { timeout: 90_000 });
    const journal = await waitForJournal(page, 'photos', 1);
    assert.equal(journal.total, 30);
    page = await crashTab(app, page);
    return { digest, seen: journal.added.length };
  }

  /** After the crash: the book, unlocked again, says how many photos were saved. */
  async function reopenAfterCrash(seen: number): Promise<{ saved: number; photos: PhotosPage }> {
    const photos = new PhotosPage(page, app.baseURL);
    await photos.goto(`/book/${created.bookId}`, { lang: 'en' });
    const [journal, ...more] = await readJournals(page);
    assert.ok(journal, 'the note of the interrupted import is there');
    assert.deepEqual(more, []);
    const saved = journal.added.length;
    assert.ok(saved >= seen && saved < 30, `${String(saved)} of 30 were stored before the crash`);
    await new LockScreen(page, app.baseURL).unlockWithSentence(created.sentence);
    await bookNotice(
      page,
      `An import of photos was interrupted: ${String(saved)} of 30 photos were saved.`,
    ).waitFor();
    // Whole photos only: each with both its blobs, however far the import had come.
    assertWhole(await checkIntegrity(page), 'after the crash');
    return { saved, photos };
  }

  it('photos: the book says the import was interrupted; "Remove them" gives it back exactly', async () => {
    const started = Date.now();
    const { digest: before, seen } = await crashDuringPhotoImport();
    const { saved, photos } = await reopenAfterCrash(seen);
    const report = await checkIntegrity(page);
    assert.equal(report.books[created.bookId]?.photos, 3 + saved);

    await photos.button('Remove them (the book as before)').click();
    await bookNotice(
      page,
      'The photos of the interrupted import were removed. The book is as before.',
    ).waitFor();
    // Every store, the book's "changed" time included, exactly as before the import began.
    assert.deepEqual(digestDifferences(before, await digestStores(page)), []);

    // Choosing the photos again works.
    await photos.link('Choose photos again').click();
    await photos.waitForPhotos();
    await photos.importFiles(photoFiles(4, 'again'));
    assert.equal(await photos.addedText(), '4 photos were added to the book.');
    await photos.waitForGallery(7);
    assertWhole(await checkIntegrity(page), 'after importing again');
    console.log(
      `fault 2, photos (remove): ${String(saved)} of 30 stored at the crash, ${String(Date.now() - started)} ms`,
    );
  }, 120_000);

  it('photos: "Keep them" keeps the photos that were saved, whole', async () => {
    const started = Date.now();
    const { digest: before, seen } = await crashDuringPhotoImport();
    const { saved, photos } = await reopenAfterCrash(seen);

    await photos.button('Keep them').click();
    await bookNotice(page, 'The photos of the interrupted import were kept.').waitFor();
    assert.deepEqual(await readJournals(page), []);
    const after = await digestStores(page);
    const changed = digestDifferences(before, after);
    // New photos and their blobs, and the book's "changed" time: nothing stored before changed.
    assert.equal(changed.filter((k) => k.startsWith('photos/')).length, saved);
    assert.equal(changed.filter((k) => k.startsWith('blobs/')).length, 2 * saved);
    assert.deepEqual(
      changed.filter((k) => !/^(photos|blobs)\//.test(k)),
      [`meta/changed:${created.bookId}`],
    );
    for (const key of changed.filter((k) => !k.startsWith('meta/'))) {
      const [store = '', ...rest] = key.split('/');
      assert.equal(before[store]?.[rest.join('/')], undefined, `${key} is new, not changed`);
    }
    await photos.link('Choose photos again').click();
    await photos.waitForGallery(7 + saved);
    console.log(
      `fault 2, photos (keep): ${String(saved)} of 30 stored at the crash, ${String(Date.now() - started)} ms`,
    );
  }, 120_000);

  /** Brings the pack in as a new book and crashes the tab while its photos are being sealed. */
  async function crashDuringPackImport(): Promise<StoreDigest> {
    const shelf = new ShelfPage(page, app.baseURL);
    const importer = new ImportPage(page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await importer.openFromShelf();
    const digest = await digestStores(page);
    await importer.chooseFile(pack.zip, pack.name);
    await importer.waitChecked();
    await holdInSealPhase(page);
    await importer.importAsNewBook();
    const label = await importer.waitForPhase('seal');
    assert.match(label, /^Locking the photos into the book: \d+ of 30$/);
    page = await crashTab(app, page);
    return digest;
  }

  it('a moving pack: the app says nothing of it was saved, and nothing was', async () => {
    const started = Date.now();
    const before = await crashDuringPackImport();
    const shelf = new ShelfPage(page, app.baseURL);
    await shelf.open({ lang: 'en' });
    const [journal] = await readJournals(page);
    assert.ok(journal, 'the note of the interrupted import is there');
    assert.equal(journal.kind, 'bundle');
    // Only the note differs from before the import.
    assert.deepEqual(digestDifferences(before, await digestStores(page)), [`meta/${journal.key}`]);
    assertWhole(await checkIntegrity(page), 'after the crash');
    const notice = page.locator('.app-banners .notice', { hasText: PACK_INTERRUPTED });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(digestDifferences(before, await digestStores(page)), []);
    // Gone for good: not on the next visit either.
    await shelf.open({ lang: 'en' });
    assert.equal(await page.getByText(PACK_INTERRUPTED).count(), 0);
    console.log(`fault 2, moving pack (OK): ${String(Date.now() - started)} ms`);
  }, 120_000);

  it('a moving pack: "Try again" brings the same pack in, whole', async () => {
    const started = Date.now();
    const before = await crashDuringPackImport();
    const importer = new ImportPage(page, app.baseURL);
    await new ShelfPage(page, app.baseURL).open({ lang: 'en' });
    const notice = page.locator('.app-banners .notice', { hasText: PACK_INTERRUPTED });
    await notice.getByRole('link', { name: 'Try again' }).click();
    await importer.fileInput().waitFor({ state: 'attached' });
    await notice.waitFor({ state: 'detached' });
    assert.deepEqual(digestDifferences(before, await digestStores(page)), []);

    await importer.chooseFile(pack.zip, pack.name);
    await importer.waitChecked();
    const sentence = await importer.importAsNewBook();
    await importer.waitDone();
    await importer.openNewBook();
    const report = await checkIntegrity(page);
    assertWhole(report, 'after trying again');
    const ids = Object.keys(report.books).filter((id) => id !== created.bookId);
    assert.equal(ids.length, 1, 'one new book');
    const [bookId = ''] = ids;
    assert.deepEqual(report.books[bookId], { ...pack.counts, blobs: 2 * pack.counts.photos });

    // Locked and opened again with its sentence, it shows every photo.
    const photos = new PhotosPage(page, app.baseURL);
    await photos.lock();
    await new LockScreen(page, app.baseURL).unlockWithSentence(sentence);
    await photos.goToPhotos();
    await photos.waitForGallery(pack.counts.photos);
    console.log(`fault 2, moving pack (try again): ${String(Date.now() - started)} ms`);
  }, 120_000);
});
