import assert from 'node:assert/strict';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { SCHEMA_VERSION } from '../../src/db/database';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { TimelinePage } from './pages/timeline-page';
import {
  launchApp,
  waitForServiceWorkerActivated,
  withTimeout,
  type LaunchedApp,
} from './support/browser';
import { APP_DB, putMeta, storedVersion, storeKeys } from './support/idb';
import { randomPhoto } from './support/png';
import { dumpOriginStorage } from './support/storage-dump';

/**
 * Issue #8, faults 4 and 5: two tabs of the same book, a newer build taking the database over
 * from an older tab, and an older build opening data a newer one wrote.
 */

const NEWER_DATA_BANNER =
  'The books on this device were saved by a newer version of Livsbog. This version may not change them. Update the app (reload the page when you are online).';
const NEWER_DATA_ERROR =
  'The books were saved by a newer version of Livsbog. Update the app before you change anything.';
const REPLACED_ASKS =
  'Livsbog was updated in another window. What you have not saved yet cannot be saved here. Copy what you want to keep, then reload the page.';
const REPLACED_ERROR = 'Livsbog was updated in another window. Reload the page; nothing was lost.';

/** Marks the page's current document (in memory only), so a test can tell a reload after. */
async function markDocument(page: Page): Promise<void> {
  await withTimeout(
    page.evaluate(() => {
      Object.assign(window, { e2eMark: true });
    }),
    10_000,
    'marking the document',
  );
}

/** True while the page still shows the document `markDocument` marked. */
async function sameDocument(page: Page): Promise<boolean> {
  return withTimeout(
    page.evaluate(() => 'e2eMark' in window),
    10_000,
    'checking the document',
  );
}

describe('fault 4: two tabs of one book', () => {
  let app: LaunchedApp;
  let created: CreatedBook;
  let tabA: Page;
  let tabB: Page;
  const count = 12;
  const meNowText = 'Written in tab B while tab A brought photos in';
  const entryTitle = 'Added in tab B';

  beforeAll(async () => {
    // Tall, so the virtual gallery shows every photo at once.
    app = await launchApp({ contextOptions: { viewport: { width: 1280, height: 2400 } } });
    tabA = app.page;
    const shelf = new ShelfPage(tabA, app.baseURL);
    await shelf.open({ lang: 'en' });
    await waitForServiceWorkerActivated(tabA);
    await shelf.startNewBook();
    created = await new CreateBookPage(tabA, app.baseURL).create({ nickname: 'Sam' });

    // Tab B opens the same book: a tab of its own, so it unlocks with the sentence too.
    tabB = await app.context.newPage();
    const lockB = new LockScreen(tabB, app.baseURL);
    await lockB.goto(`/book/${created.bookId}`, { lang: 'en' });
    await lockB.waitForLocked();
    await lockB.unlockWithSentence(created.sentence);
    await new BookPage(tabB, app.baseURL).waitForMeNow();
  }, 90_000);

  afterAll(async () => {
    await app.close();
  });

  it('keeps every photo tab A imports and every edit tab B makes meanwhile, in both tabs', async () => {
    const started = Date.now();
    const photosA = new PhotosPage(tabA, app.baseURL);
    const bookB = new BookPage(tabB, app.baseURL);
    const timelineB = new TimelinePage(tabB, app.baseURL);
    await photosA.goToPhotos();

    // Tab A starts an import of photos big enough to take a while …
    const files = Array.from({ length: count }, (_, i) =>
      randomPhoto(1000, 750, `two-tabs-${String(i)}.png`),
    );
    // ~27 MB through the DevTools protocol: slow on a busy machine.
    await photosA.input().setInputFiles(files, { timeout: 60_000 });
    await photosA.progress().waitFor();

    // … and while it runs, tab B writes "me now" and adds to the timeline.
    await bookB.fillMeNow({ likes: meNowText });
    assert.deepEqual(await bookB.saveMeNow(), { ok: true, text: 'Saved' });
    const importStillRunning = await photosA.progress().isVisible();
    await timelineB.goToTimeline();
    await timelineB.addEntry({ kind: 'Memory', title: entryTitle, date: { year: 2020 } });
    assert.ok(importStillRunning, 'tab B saved while tab A was still importing');

    await photosA.summary().waitFor({ timeout: 90_000 });
    assert.equal(await photosA.addedText(), `${String(count)} photos were added to the book.`);
    assert.deepEqual(await photosA.failureLines(), []);
    const importMs = Date.now() - started;
    await photosA.waitForGallery(count);

    // Tab B sees the photos without reloading: "me now" counts them as they arrive.
    await bookB.goToMeNow();
    await bookB
      .counts()
      .getByText(`${String(count)} photos`, { exact: true })
      .waitFor();
    assert.equal(await bookB.meNowField('likes').inputValue(), meNowText);
    await bookB.counts().getByText('1 thing', { exact: true }).waitFor();

    // Tab A sees tab B's edits.
    await photosA.goToMeNow();
    assert.equal(await photosA.meNowField('likes').inputValue(), meNowText);
    const timelineA = new TimelinePage(tabA, app.baseURL);
    await timelineA.goToTimeline();
    await timelineA.waitForTitles([entryTitle]);

    // And the store holds all of it: nothing was lost to the other tab's writes.
    assert.equal((await storeKeys(tabA, 'photos')).length, count);
    assert.equal((await storeKeys(tabA, 'blobs')).length, count * 2);
    assert.equal((await storeKeys(tabA, 'entries')).length, 1);
    const lockA = new LockScreen(tabA, app.baseURL);
    await lockA.reload();
    await lockA.waitForLocked();
    await lockA.unlockWithSentence(created.sentence);
    await photosA.goToMeNow();
    await photosA.waitForMeNow();
    assert.equal(await photosA.meNowField('likes').inputValue(), meNowText);
    await photosA.goToPhotos();
    await photosA.waitForGallery(count);

    assert.deepEqual(app.pageErrors(), []);
    console.log(
      `fault 4 (import + edit): import ${String(importMs)} ms, test ${String(Date.now() - started)} ms`,
    );
  });

  it('lets a newer build take the database at once: a tab with nothing unsaved reloads, a tab with unsaved words asks', async () => {
    const started = Date.now();
    const timelineA = new TimelinePage(tabA, app.baseURL);
    const bookB = new BookPage(tabB, app.baseURL);
    await timelineA.goToTimeline();
    await timelineA.waitForTimeline();
    await bookB.waitForMeNow();
    const draft = 'Typed in tab B and not saved yet';
    await bookB.fillMeNow({ dreams: draft });
    await markDocument(tabA);
    await markDocument(tabB);

    const version = await storedVersion(tabA);
    assert.equal(
      version,
      10 * SCHEMA_VERSION,
      `Dexie stores version ${String(SCHEMA_VERSION)} × 10`,
    );
    const newerVersion = version + 10;

    // The newer build: a window of the same origin that opens the database at a higher version
    // and marks the data as its own in the upgrade, as the next schema version would.
    const [newer] = await Promise.all([
      app.context.waitForEvent('page'),
      withTimeout(
        tabB.evaluate(() => {
          window.open('about:blank', 'newer-build');
        }),
        10_000,
        'opening the newer build’s window',
      ),
    ]);
    assert.equal(
      await withTimeout(
        newer.evaluate(() => self.origin),
        10_000,
        'origin',
      ),
      app.baseURL,
    );
    const aReloaded = tabA.waitForEvent('load', { timeout: 30_000 });
    const opened = await withTimeout(
      newer.evaluate(
        ({ name, to, schema }) =>
          new Promise<{ ms: number; blocked: boolean; version: number }>((resolve, reject) => {
            const t0 = performance.now();
            let blocked = false;
            const request = indexedDB.open(name, to);
            request.onblocked = () => {
              blocked = true;
            };
            request.onupgradeneeded = () => {
              request.transaction?.objectStore('meta').put({ key: 'schema', value: schema });
            };
            request.onsuccess = () => {
              // Kept open, as the newer build's tab would.
              Object.assign(window, { newerDb: request.result });
              resolve({ ms: performance.now() - t0, blocked, version: request.result.version });
            };
            request.onerror = () => {
              reject(request.error ?? new Error('open failed'));
            };
          }),
        { name: APP_DB, to: newerVersion, schema: SCHEMA_VERSION + 1 },
      ),
      20_000,
      'the newer build opening the database (a hang means an old tab kept its connection)',
    );
    assert.equal(opened.version, newerVersion);
    assert.equal(opened.blocked, false, 'no old tab held the upgrade up');
    assert.ok(opened.ms < 5_000, `the newer build got the database in ${String(opened.ms)} ms`);

    // Tab A had nothing unsaved: it reloaded itself, and now says the data is newer than it.
    await aReloaded;
    assert.equal(await sameDocument(tabA), false, 'tab A reloaded');
    const lockA = new LockScreen(tabA, app.baseURL);
    await lockA.waitForLocked();
    await lockA.banners().getByText(NEWER_DATA_BANNER).waitFor();

    // Tab B had unsaved words: it asks instead, and keeps them on screen to be copied.
    await bookB.banners().getByText(REPLACED_ASKS).waitFor();
    assert.equal(await sameDocument(tabB), true, 'tab B did not reload by itself');
    assert.equal(await bookB.meNowField('dreams').inputValue(), draft);
    const before = await dumpOriginStorage(newer);
    const refused = await bookB.saveMeNow();
    assert.deepEqual(refused, { ok: false, text: REPLACED_ERROR });
    assert.deepEqual(await dumpOriginStorage(newer), before, 'the refused save changed nothing');
    assert.equal(await bookB.meNowField('dreams').inputValue(), draft, 'the words are still there');

    const lockB = new LockScreen(tabB, app.baseURL);
    const bReloaded = tabB.waitForEvent('load', { timeout: 30_000 });
    await bookB.banners().getByRole('button', { name: 'Reload' }).click();
    await bReloaded;
    await lockB.waitForLocked();
    await lockB.banners().getByText(NEWER_DATA_BANNER).waitFor();
    assert.equal(await sameDocument(tabB), false);

    await newer.close();
    assert.deepEqual(app.pageErrors(), []);
    console.log(
      `fault 4 (newer build): upgrade got the database in ${opened.ms.toFixed(0)} ms, test ${String(Date.now() - started)} ms`,
    );
  });
});

describe('fault 5: an older build opens data a newer one wrote', () => {
  let app: LaunchedApp;

  beforeAll(async () => {
    app = await launchApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('refuses to write, says why, and changes nothing', async () => {
    const started = Date.now();
    const { page, baseURL } = app;
    const shelf = new ShelfPage(page, baseURL);
    const book = new BookPage(page, baseURL);
    const lock = new LockScreen(page, baseURL);
    const timeline = new TimelinePage(page, baseURL);
    await shelf.open({ lang: 'en' });
    // Precaching must be over, or the Cache Storage would change under the comparison below.
    await waitForServiceWorkerActivated(page);
    await shelf.startNewBook();
    const created = await new CreateBookPage(page, baseURL).create({ nickname: 'Lea' });
    await book.waitForMeNow();
    await book.fillMeNow({ likes: 'swimming' });
    assert.equal((await book.saveMeNow()).text, 'Saved');

    // A newer build marked the data as its own (its schema version), then this build reloads.
    await putMeta(page, 'schema', SCHEMA_VERSION + 1);
    await lock.reload();
    await lock.waitForLocked();
    await lock.banners().getByText(NEWER_DATA_BANNER).waitFor();
    const before = await dumpOriginStorage(page);
    assert.ok(before.stores.includes('livsbog/meta'), 'the dump read the app’s stores');

    // Reading still works …
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
    assert.equal(await book.meNowField('likes').inputValue(), 'swimming');
    await book.banners().getByText(NEWER_DATA_BANNER).waitFor();

    // … every write is refused with the reason …
    await book.fillMeNow({ likes: 'football' });
    assert.deepEqual(await book.saveMeNow(), { ok: false, text: NEWER_DATA_ERROR });
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    await timeline.startNewEntry();
    await timeline.fillEntry({ kind: 'Memory', title: 'Not to be saved', date: { year: 2021 } });
    await timeline.button('Save').click();
    await timeline.page.getByText(`It was not saved: ${NEWER_DATA_ERROR}`).waitFor();

    // … and the stores are byte for byte as they were.
    assert.deepEqual(await dumpOriginStorage(page), before);
    await lock.reload();
    await lock.waitForLocked();
    await lock.unlockWithSentence(created.sentence);
    await book.goToMeNow();
    await book.waitForMeNow();
    assert.equal(await book.meNowField('likes').inputValue(), 'swimming');
    assert.deepEqual(app.pageErrors(), []);
    console.log(`fault 5: ${String(Date.now() - started)} ms`);
  });
});
