import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';
import type { CDPSession } from 'playwright-core';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { noisyPng } from './support/png';

const storageFull =
  'There is no more room on the device. Nothing was lost. Delete something you do not use and try again.';

/**
 * Room left above what is stored: enough to open the app and unlock, far too little for a long
 * "Me now" text (the whole record is sealed again) or a photo.
 */
const marginBytes = 8 * 1024;

describe('a full disk', () => {
  let app: LaunchedApp;
  let cdp: CDPSession | undefined;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp();
  });

  afterAll(async () => {
    if (cdp !== undefined) {
      await withTimeout(cdp.detach(), 10_000, 'cdp.detach()').catch(() => undefined);
    }
    await app.close();
  });

  async function storageUsage(session: CDPSession): Promise<number> {
    const result = await withTimeout(
      session.send('Storage.getUsageAndQuota', { origin: app.baseURL }),
      10_000,
      'Storage.getUsageAndQuota',
    );
    return result.usage;
  }

  /** Sets the origin's quota; without a size, back to the browser's own. */
  async function setQuota(session: CDPSession, quotaSize?: number): Promise<void> {
    await withTimeout(
      session.send('Storage.overrideQuotaForOrigin', {
        origin: app.baseURL,
        ...(quotaSize === undefined ? {} : { quotaSize }),
      }),
      10_000,
      'Storage.overrideQuotaForOrigin',
    );
  }

  it('keeps a book with some data', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Full' });
    await book.waitForMeNow();
    await book.fillMeNow({ likes: 'my first words' });
    assert.equal((await book.saveMeNow()).text, 'Saved');
  });

  it('says there is no more room, loses nothing, and saves once there is room again', async () => {
    // Chromium's IndexedDB remembers how much room an origin has once it has opened it, so a
    // quota set later is not seen: start a new browser and set the quota before the app runs.
    const userDataDir = app.userDataDir;
    await app.close({ keepProfile: true });
    app = await launchApp({ userDataDir });
    cdp = await app.context.newCDPSession(app.page);
    const used = await storageUsage(cdp);
    assert.ok(used > 0, 'the first launch stored something');
    await setQuota(cdp, used + marginBytes);

    const book = new BookPage(app.page, app.baseURL);
    const lock = new LockScreen(app.page, app.baseURL);
    await lock.goto(`/book/${created.bookId}`, { lang: 'en' });
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();

    // A long text: the translated "no more room" message, not a generic error.
    const longDream = `a long dream ${'and then '.repeat(540)}`.slice(0, 5000);
    await book.fillMeNow({ dreams: longDream });
    assert.deepEqual(await book.saveMeNow(), { ok: false, text: storageFull });

    // A big photo (about 2.4 MB of noise): the same message.
    const big = { name: 'big.png', mimeType: 'image/png', buffer: noisyPng(1000, 800) };
    await book.choosePhoto(big);
    await book.photoError().waitFor({ timeout: 30_000 });
    assert.equal(
      (await book.photoError().textContent())?.trim(),
      `The photo could not be used: ${storageFull}`,
    );

    // Nothing stored was lost or half-written.
    await book.reload();
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
    assert.equal(await book.meNowField('likes').inputValue(), 'my first words');
    assert.equal(await book.meNowField('dreams').inputValue(), '');
    await book.counts().getByText('0 photos', { exact: true }).waitFor();
    assert.equal(await book.portrait().count(), 0);

    // Room again: the very same writes succeed.
    await setQuota(cdp);
    await book.fillMeNow({ dreams: longDream });
    assert.deepEqual(await book.saveMeNow(), { ok: true, text: 'Saved' });
    await book.uploadPhoto(big, 60_000);
    await book.thumbnails().first().waitFor();
    assert.equal(await book.meNowField('likes').inputValue(), 'my first words');
    await book.counts().getByText('1 photo', { exact: true }).waitFor();
  });
});
