import assert from 'node:assert/strict';

import { afterEach, beforeEach, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/* Issue 12, item 8: the lock button locks the book in every tab of the app, not only its own. */

let app: LaunchedApp;
let created: CreatedBook;

beforeEach(async () => {
  app = await launchApp();
  const shelf = new ShelfPage(app.page, app.baseURL);
  await shelf.open({ lang: 'en' });
  await shelf.startNewBook();
  created = await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Faner' });
  const book = new BookPage(app.page, app.baseURL);
  await book.waitForMeNow();
  await book.fillMeNow({ likes: 'to faner' });
  await book.saveMeNow();
});

afterEach(async () => {
  await app.close();
});

/** A second tab of the same browser profile, with the same book unlocked in it. */
async function openSecondTab(): Promise<{ book: BookPage; lock: LockScreen }> {
  const page = await app.context.newPage();
  const lock = new LockScreen(page, app.baseURL);
  await lock.goto(`/book/${created.bookId}`, { lang: 'en' });
  // Keys live in one tab's memory: a new tab starts locked.
  await lock.waitForLocked();
  await lock.unlockWithSentence(created.sentence);
  const book = new BookPage(page, app.baseURL);
  await book.waitForMeNow();
  return { book, lock };
}

it('locking in one tab locks the book in the other tab too', async () => {
  const first = new BookPage(app.page, app.baseURL);
  const second = await openSecondTab();

  await first.lock();

  await second.lock.waitForLocked();
  assert.equal(await second.book.nav().count(), 0, 'no book navigation in the other tab');
  assert.equal(await second.book.page.getByText('to faner').count(), 0, 'no book text');
  assert.equal(await second.book.meNowField('likes').count(), 0);

  // And the other way round, after both are open again.
  await new LockScreen(app.page, app.baseURL).unlockWithSentence(created.sentence);
  await first.waitForMeNow();
  await second.lock.unlockWithSentence(created.sentence);
  await second.book.waitForMeNow();
  await second.book.lock();
  await new LockScreen(app.page, app.baseURL).waitForLocked();
});

it('closing one tab locks only that tab', async () => {
  const first = new BookPage(app.page, app.baseURL);
  const second = await openSecondTab();

  await withTimeout(second.book.page.close(), 15_000, 'closing the second tab');

  // A lock sent on close would have arrived long before a round trip through another page.
  await first.goToSettings();
  await first.goToMeNow();
  await first.waitForMeNow();
  assert.equal(await first.meNowField('likes').inputValue(), 'to faner');
  assert.equal(await new LockScreen(app.page, app.baseURL).isShown(), false);
});
