import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { afterEach, describe, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { MovingPackPage, noSavePickerScript } from './pages/moving-pack-page';
import { LockScreen } from './pages/lock-screen';
import { PhotosPage } from './pages/photos-page';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { TimelinePage } from './pages/timeline-page';
import { bagProblems, rootOf, unzipPack } from './support/bag';
import {
  launchApp,
  waitForServiceWorkerActivated,
  withTimeout,
  type LaunchedApp,
} from './support/browser';
import { flipCiphertextByte, storeKeys } from './support/idb';
import { randomPhoto } from './support/png';
import { dumpOriginStorage, type StorageDump } from './support/storage-dump';

/**
 * Issue #8, faults 7 and 8: the browser clears the site's storage, and one stored record's
 * ciphertext is damaged.
 */

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const MARKER = 'livsbog-books';

describe('fault 7: the browser clears the site’s storage (eviction)', () => {
  it('notices that the books are gone and guides the user to the latest moving pack', async () => {
    const started = Date.now();
    app = await launchApp();
    const { page, context, baseURL } = app;
    const shelf = new ShelfPage(page, baseURL);
    await shelf.open({ lang: 'en' });
    await waitForServiceWorkerActivated(page);
    assert.equal(await shelf.missingBooksNotice().count(), 0, 'no notice on a new device');
    assert.deepEqual(await context.cookies(baseURL), [], 'no marker before there is a book');

    await shelf.startNewBook();
    const created = await new CreateBookPage(page, baseURL).create({ nickname: 'Eva' });

    // The marker: a cookie that holds "1" and nothing about the book, kept for 400 days.
    const cookies = await context.cookies(baseURL);
    assert.equal(cookies.length, 1);
    const [cookie] = cookies;
    assert.ok(cookie);
    assert.deepEqual(
      { name: cookie.name, value: cookie.value, path: cookie.path, sameSite: cookie.sameSite },
      { name: MARKER, value: '1', path: '/', sameSite: 'Strict' },
    );
    const days = (cookie.expires * 1000 - Date.now()) / 86_400_000;
    assert.ok(days > 399 && days <= 400, `the marker lasts 400 days, not ${String(days)}`);
    assert.ok(!JSON.stringify(cookies).includes('Eva'), 'the book’s name is not in the cookie');
    assert.ok(!JSON.stringify(cookies).includes(created.bookId), 'nor its id');

    // What a browser's eviction clears: everything of the origin but its cookies.
    const cdp = await context.newCDPSession(page);
    await withTimeout(
      cdp.send('Storage.clearDataForOrigin', {
        origin: baseURL,
        storageTypes: 'indexeddb,local_storage,cache_storage,service_workers',
      }),
      30_000,
      'Storage.clearDataForOrigin',
    );
    await cdp.detach();

    await shelf.open({ lang: 'en' });
    const dump = await dumpOriginStorage(page);
    assert.equal(
      dump.items.filter((i) => i.where === 'indexeddb:livsbog/books').length,
      0,
      'the books are really gone',
    );
    assert.deepEqual(await shelf.bookNames(), []);
    const notice = shelf.missingBooksNotice();
    await notice.waitFor();
    assert.equal(
      (await notice.locator('.notice-text').textContent())?.trim(),
      'Your books are no longer on this device. The browser may have cleared its storage. Bring them back from your latest moving pack.',
    );
    const link = notice.getByRole('link', { name: 'Bring in a moving pack' });
    assert.equal(await link.getAttribute('href'), '/import');
    assert.equal((await context.cookies(baseURL)).length, 1, 'the marker survived the eviction');

    // The link leads to bringing in a moving pack; the notice waits until the user has read it.
    await link.click();
    await shelf
      .heading()
      .filter({ hasText: /^Bring in a moving pack$/ })
      .waitFor();
    await shelf.open({ lang: 'en' });
    await shelf.missingBooksNotice().waitFor();
    await shelf.dismissMissingBooks();
    assert.deepEqual(await context.cookies(baseURL), [], 'dismissing removes the marker');
    await shelf.reload();
    await shelf.waitForBooks();
    assert.equal(await shelf.missingBooksNotice().count(), 0, 'and the notice stays away');

    assert.deepEqual(app.pageErrors(), []);
    console.log(`fault 7: ${String(Date.now() - started)} ms`);
  });

  it('does not say the books are gone after the user deleted the last one on purpose', async () => {
    app = await launchApp();
    const { page, context, baseURL } = app;
    const shelf = new ShelfPage(page, baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    await new CreateBookPage(page, baseURL).create({ nickname: 'Ali' });
    assert.equal((await context.cookies(baseURL)).length, 1);

    const settings = new SettingsPage(page, baseURL);
    await new TimelinePage(page, baseURL).goToSettings();
    await settings.waitForSettings();
    await settings.submitDelete('Ali');
    await page.waitForURL((url) => url.pathname === '/');
    // The shelf must not show the deleted book (Dexie's query cache once kept it there).
    await page.getByText('There are no books here yet.').waitFor();
    assert.deepEqual(await storeKeys(page, 'books'), []);
    assert.deepEqual(await shelf.bookNames(), []);
    assert.deepEqual(await context.cookies(baseURL), [], 'the marker went with the last book');
    await shelf.reload();
    await shelf.waitForBooks();
    assert.equal(await shelf.missingBooksNotice().count(), 0);
  });
});

/** The stored rows of the book's content, to prove that showing damage changes none of them. */
function contentRows(dump: StorageDump): string {
  const stores = ['books', 'entries', 'people', 'photos', 'snapshots', 'blobs'].map(
    (s) => `indexeddb:livsbog/${s}`,
  );
  return JSON.stringify(dump.items.filter((i) => stores.includes(i.where)));
}

describe('fault 8: one stored record’s ciphertext is damaged', () => {
  it('reports that item as damaged, opens everything else, and the moving pack says what stayed behind', async () => {
    const started = Date.now();
    app = await launchApp({ contextOptions: { acceptDownloads: true } });
    const { page, context, baseURL } = app;
    await context.addInitScript(noSavePickerScript);
    const shelf = new ShelfPage(page, baseURL);
    const timeline = new TimelinePage(page, baseURL);
    const photos = new PhotosPage(page, baseURL);
    const lock = new LockScreen(page, baseURL);

    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    const created = await new CreateBookPage(page, baseURL).create({ nickname: 'Noor' });
    const titles = ['The first flat', 'Starting school', 'A summer by the sea'];
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    for (const [i, title] of titles.entries()) {
      await timeline.addEntry({ kind: 'Memory', title, date: { year: 2016 + i } });
      await timeline.backToTimeline();
    }
    await photos.goToPhotos();
    await photos.importFiles(
      ['one', 'two', 'three'].map((n) => randomPhoto(320, 240, `photo-${n}.png`)),
    );
    await photos.waitForGallery(3);
    console.log(`fault 8: book made in ${String(Date.now() - started)} ms`);

    // One entry's record, one photo's thumbnail and another photo's original, as a bad disk
    // would leave them: one byte changed in the middle of each ciphertext.
    const entryIds = await storeKeys(page, 'entries');
    const photoIds = (await photos.tileIds()).sort();
    assert.equal(entryIds.length, 3);
    assert.equal(photoIds.length, 3);
    const [hurtEntry] = entryIds;
    const [thumbHurt, originalHurt, whole] = photoIds;
    assert.ok(hurtEntry && thumbHurt && originalHurt && whole);
    await flipCiphertextByte(page, 'entries', hurtEntry);
    await flipCiphertextByte(page, 'blobs', `${thumbHurt}:thumb`);
    await flipCiphertextByte(page, 'blobs', `${originalHurt}:original`);
    const damaged = contentRows(await dumpOriginStorage(page));

    await photos.reload();
    await lock.waitForLocked();
    await lock.unlockWithSentence(created.sentence);

    // The timeline: one thing damaged, the other two shown.
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    await timeline
      .screenNotice('1 thing on the timeline is damaged and cannot be opened. The rest is fine.')
      .waitFor();
    const shown = await timeline.entryTitles();
    assert.equal(shown.length, 2, `two entries still open: ${shown.join(', ')}`);
    assert.ok(shown.every((t) => titles.includes(t)));

    // The photos: the damaged thumbnail says so, the other two show their pictures.
    await photos.goToPhotos();
    await page.locator('#gallery-heading .gallery-count', { hasText: /^3 photos$/ }).waitFor();
    await photos.damagedTiles().first().waitFor();
    assert.deepEqual(
      await photos.damagedTiles().evaluateAll((els) => els.map((e) => e.dataset.photoId)),
      [thumbHurt],
    );
    assert.match(
      (await photos.tile(thumbHurt).getByRole('img').getAttribute('aria-label')) ?? '',
      / \(damaged, cannot be shown\)$/,
    );
    const healthy = page.locator('.gallery .gallery-tile img');
    await healthy.nth(1).waitFor();
    assert.equal(await photos.waitForImagesLoaded(healthy), 2, 'the other thumbnails show');

    // A photo whose picture is damaged opens and says so; a whole one shows its picture.
    await photos.openPhoto(originalHurt);
    await photos.dialogDamagedNotice().waitFor();
    assert.equal(
      (await photos.dialogDamagedNotice().textContent())?.trim(),
      'The photo is damaged and cannot be shown. The rest of the book is fine.',
    );
    await photos.closePhoto();
    await photos.openPhoto(whole);
    await photos.dialogPicture().waitFor();
    assert.equal(await photos.waitForImagesLoaded(photos.dialogPicture()), 1);
    await photos.closePhoto();

    // Looking changed nothing: the damaged records are still there as they were, not dropped.
    assert.equal(contentRows(await dumpOriginStorage(page)), damaged);

    // The moving pack is still made, and says what could not come along.
    const pack = new MovingPackPage(page, baseURL);
    await pack.openFromNav();
    await pack
      .screenNotice('1 thing in the book is damaged and cannot come along. Everything else will.')
      .waitFor();
    const exportStarted = Date.now();
    const download = await pack.makePackAsDownload();
    const result = (await pack.result().textContent()) ?? '';
    assert.match(result, /1 photo could not be read and was left out\./);
    const zip = new Uint8Array(
      await readFile(await withTimeout(download.path(), 30_000, 'download.path()')),
    );
    console.log(`fault 8: moving pack made in ${String(Date.now() - exportStarted)} ms`);
    const files = unzipPack(zip);
    assert.deepEqual(bagProblems(files), []);
    const root = rootOf(files);
    const media = [...files.keys()].filter((n) => n.startsWith(`${root}/data/media/`));
    assert.equal(media.length, 2, 'the two readable photos came along');
    const json = JSON.parse(new TextDecoder().decode(files.get(`${root}/data/livsbog.json`))) as {
      entries: { title: string }[];
      photos: { id: string }[];
    };
    assert.deepEqual(json.entries.map((e) => e.title).sort(), [...shown].sort());
    assert.deepEqual(json.photos.map((p) => p.id).sort(), [thumbHurt, whole].sort());

    assert.deepEqual(app.pageErrors(), []);
    console.log(`fault 8: ${String(Date.now() - started)} ms`);
  });
});
