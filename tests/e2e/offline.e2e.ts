import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import {
  launchApp,
  waitForServiceWorkerActivated,
  withTimeout,
  type LaunchedApp,
} from './support/browser';

describe('offline', () => {
  let app: LaunchedApp;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp();
  });

  afterAll(async () => {
    await app.close();
  });

  /** True when the page is served by the service worker and the network is really gone. */
  async function offlineAndControlled(): Promise<{ controlled: boolean; networkFails: boolean }> {
    return withTimeout(
      app.page.evaluate(async () => {
        let networkFails = false;
        try {
          // Not precached, so only the network could answer it.
          await fetch(`/not-precached-${String(Math.random())}.txt`, { cache: 'no-store' });
        } catch {
          networkFails = true;
        }
        return { controlled: navigator.serviceWorker.controller !== null, networkFails };
      }),
      15_000,
      'checking the service worker and the network',
    );
  }

  it('loads the shelf from the cache and unlocks a book without a network', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    const wizard = new CreateBookPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    const lock = new LockScreen(app.page, app.baseURL);

    await shelf.open({ lang: 'en' });
    const script = await waitForServiceWorkerActivated(app.page);
    assert.equal(new URL(script).origin, app.baseURL);

    await shelf.startNewBook();
    created = await wizard.create({ nickname: 'Ida' });
    await book.waitForMeNow();
    await book.fillMeNow({ likes: 'trains and rain' });
    assert.equal((await book.saveMeNow()).text, 'Saved');

    await app.context.setOffline(true);
    await shelf.goto('/', { lang: 'en' });
    await shelf.waitForBooks();
    assert.deepEqual(await offlineAndControlled(), { controlled: true, networkFails: true });
    assert.equal(await shelf.headingText(), 'Livsbog');
    assert.deepEqual(await shelf.bookNames(), ['Ida']);

    await shelf.openBook('Ida');
    await lock.waitForLocked();
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
    assert.equal(await book.meNowField('likes').inputValue(), 'trains and rain');
  });

  it('opens a deep link offline through the navigation fallback', async () => {
    const lock = new LockScreen(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);

    await lock.goto(`/book/${created.bookId}/settings`, { lang: 'en' });
    await lock.waitForLocked();
    assert.deepEqual(await offlineAndControlled(), { controlled: true, networkFails: true });
    assert.equal(await lock.headingText(), "Ida's book is locked");
    await lock.unlockWithRecoveryCode(created.recoveryCode);
    // The lazily loaded Settings page comes from the precache too.
    await book
      .heading()
      .filter({ hasText: /^Settings$/ })
      .waitFor();
    assert.match(app.page.url(), /\/settings(\?|$)/);
  });

  it('starts cold without a network: a new browser on the same profile, offline from the start', async () => {
    const userDataDir = app.userDataDir;
    await app.close({ keepProfile: true });
    app = await launchApp({ userDataDir, contextOptions: { offline: true } });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const lock = new LockScreen(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);

    await shelf.open({ lang: 'en' });
    assert.deepEqual(await offlineAndControlled(), { controlled: true, networkFails: true });
    assert.deepEqual(await shelf.bookNames(), ['Ida']);
    await shelf.openBook('Ida');
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
    assert.equal(await book.meNowField('likes').inputValue(), 'trains and rain');
    assert.deepEqual(app.pageErrors(), []);
  });
});
