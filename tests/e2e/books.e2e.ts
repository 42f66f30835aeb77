import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

describe('books', () => {
  let app: LaunchedApp;
  let shelf: ShelfPage;
  let wizard: CreateBookPage;
  let book: BookPage;
  let lock: LockScreen;
  let settings: SettingsPage;

  // One browser for the file: the tests run in order and each leaves the shelf tidy.
  beforeAll(async () => {
    app = await launchApp();
    shelf = new ShelfPage(app.page, app.baseURL);
    wizard = new CreateBookPage(app.page, app.baseURL);
    book = new BookPage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
    settings = new SettingsPage(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  /** Records in the app's `devices` store, where the removed "remember" option kept its key. */
  async function deviceKeyCount(): Promise<number> {
    return withTimeout(
      app.page.evaluate(async () => {
        let count = 0;
        for (const info of await indexedDB.databases()) {
          if (info.name === undefined) continue;
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open(info.name ?? '');
            open.onsuccess = () => {
              resolve(open.result);
            };
            open.onerror = () => {
              reject(open.error ?? new Error('open failed'));
            };
          });
          if (db.objectStoreNames.contains('devices')) {
            const request = db.transaction('devices').objectStore('devices').count();
            count += await new Promise<number>((resolve, reject) => {
              request.onsuccess = () => {
                resolve(request.result);
              };
              request.onerror = () => {
                reject(request.error ?? new Error('count failed'));
              };
            });
          }
          db.close();
        }
        return count;
      }),
      10_000,
      'counting remembered books',
    );
  }

  it('creates, renames, locks, unlocks (sentence and recovery code) and deletes a book', async () => {
    await shelf.open({ lang: 'en' });
    assert.deepEqual(await shelf.bookNames(), [], 'a fresh profile has no books');

    await shelf.startNewBook();
    const created = await wizard.create({
      nickname: 'Maja',
      avatar: 'Owl',
      colour: 'Sky blue',
      birthDate: { year: 2014, month: 6, day: 3 },
      ageMode: 'teen',
    });
    assert.match(created.sentence, /\S+( \S+){3,}/, 'a sentence of at least four words');
    assert.match(created.recoveryCode, /^[A-Z0-9]{4}(-[A-Z0-9]{1,4})+$/);

    // The wizard opens the new book unlocked, on "Me now".
    assert.match(await book.headingText(), /^Me now/);
    await book.waitForMeNow();
    assert.equal((await book.bookName().textContent())?.trim(), 'Maja');

    await book.goToAllBooks();
    assert.deepEqual(await shelf.bookNames(), ['Maja']);

    // Rename in Settings: the header and the shelf follow. Leaving for the shelf locked it.
    await shelf.openBook('Maja');
    await lock.waitForLocked();
    await lock.unlockWithSentence(created.sentence);
    await book.goToSettings();
    assert.equal(await settings.rename('  Maja Sol '), 'The name is saved.');
    await book
      .bookName()
      .filter({ hasText: /^Maja Sol$/ })
      .waitFor();
    await book.goToAllBooks();
    assert.deepEqual(await shelf.bookNames(), ['Maja Sol']);

    // Locked (by leaving for the shelf); unlock with the sentence, then lock it by its button.
    await shelf.openBook('Maja Sol');
    await lock.waitForLocked();
    assert.equal(await lock.headingText(), "Maja Sol's book is locked");
    assert.equal(await book.nav().count(), 0, 'no book navigation behind the lock');
    assert.equal(await lock.secretLabel(), 'Your secret sentence');
    await lock.unlockWithSentence(created.sentence);
    assert.match(await book.headingText(), /^Me now/);
    await book.lock();
    await lock.unlockWithSentence(created.sentence);

    // Lock again, and unlock with the recovery code instead.
    await book.lock();
    await lock.unlockWithRecoveryCode(created.recoveryCode);
    assert.match(await book.headingText(), /^Me now/);

    // A new sentence replaces the old one.
    await book.goToSettings();
    const { usage } = await settings.storageTexts();
    assert.match(usage, /^Used: .+ · Free: .+$/);
    const newSentence = await settings.changeSentence();
    assert.notEqual(newSentence, created.sentence);
    await book.lock();
    assert.equal(
      await lock.tryWrong(created.sentence),
      'That was not the right sentence. Try again.',
    );
    await lock.unlockWithSentence(newSentence);
    await settings.waitForSettings();

    // There is no "remember on this device" (a copy of the profile opened the book with it):
    // the settings say so, and no device key is ever stored.
    await settings.noRememberText().waitFor();
    assert.equal(await settings.rememberCheckbox().count(), 0);
    assert.equal(await deviceKeyCount(), 0);

    // Deleting needs the book's name typed exactly.
    await settings.waitForSettings();
    await settings.submitDelete('Maja');
    await settings.deleteError().waitFor();
    assert.equal(
      (await settings.deleteError().textContent())?.trim(),
      'The name does not match. The book was not deleted.',
    );
    assert.match(app.page.url(), /\/settings(\?|$)/, 'still in the book');
    await book.goToAllBooks();
    assert.deepEqual(await shelf.bookNames(), ['Maja Sol'], 'a wrong name deletes nothing');

    await shelf.openBook('Maja Sol');
    await lock.unlockWithSentence(newSentence);
    await book.goToSettings();
    await settings.submitDelete('Maja Sol');
    await app.page.waitForURL((url) => url.pathname === '/');
    await shelf.waitForBooks();
    assert.deepEqual(await shelf.bookNames(), []);
    await shelf.page.getByText('There are no books here yet.').waitFor();
  });

  it('makes the sample book with its photos, and reopens it with the hinted sentence', async () => {
    await shelf.open({ lang: 'en' });
    const { sawProgress } = await shelf.openSampleBook();
    assert.ok(sawProgress, 'a progress bar showed while the sample photos were made');

    assert.match(await book.headingText(), /^Me now/);
    await book.waitForMeNow();
    const counts = book.counts();
    await counts.getByText('10 things', { exact: true }).waitFor();
    await counts.getByText('8 people', { exact: true }).waitFor();
    await counts.getByText('20 photos', { exact: true }).waitFor();

    await book.photoStrip().waitFor();
    await book.thumbnails().nth(19).waitFor();
    assert.equal(await book.thumbnails().count(), 20);
    assert.equal(await book.waitForImagesLoaded(book.thumbnails()), 20, '20 thumbnails loaded');

    const bookUrl = app.page.url();
    await book.lock();
    await lock.goto(new URL(bookUrl).pathname, { lang: 'en' });
    await lock.waitForLocked();
    const hint = lock.sampleHint();
    await hint.waitFor();
    const hintText = ((await hint.textContent()) ?? '').trim();
    const match = /^This is a sample book\. Its sentence is: (.+)$/.exec(hintText);
    assert.ok(match?.[1] !== undefined, `the lock screen hints the sentence: "${hintText}"`);
    await lock.unlockWithSentence(match[1]);
    assert.match(await book.headingText(), /^Me now/);
    assert.equal(await book.waitForImagesLoaded(book.thumbnails()), 20);

    assert.deepEqual(app.pageErrors(), []);
  });
});
