import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { randomPhoto } from './support/png';

describe('lock', () => {
  let app: LaunchedApp;
  let shelf: ShelfPage;
  let book: BookPage;
  let lock: LockScreen;
  let settings: SettingsPage;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp();
    // Fake timers before the first navigation; time still flows until a test jumps ahead.
    await app.page.clock.install();
    shelf = new ShelfPage(app.page, app.baseURL);
    book = new BookPage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
    settings = new SettingsPage(app.page, app.baseURL);

    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Lea' });
    await book.waitForMeNow();
    await book.fillMeNow({ likes: 'horses' });
    await book.saveMeNow();
    await book.uploadPhoto(randomPhoto());
  });

  afterAll(async () => {
    await app.close();
  });

  /** Nothing of the book's content is in the page: no heading, no navigation, no photo. */
  async function assertNoBookContent(where: string): Promise<void> {
    await lock.waitForLocked();
    assert.equal(
      await book
        .heading()
        .filter({ hasText: /^Me now/ })
        .count(),
      0,
      where,
    );
    assert.equal(await book.nav().count(), 0, `${where}: book navigation`);
    assert.equal(await app.page.locator('.me-now-form, .me-now-photo').count(), 0, where);
    assert.equal(await app.page.locator('img[src^="blob:"]').count(), 0, `${where}: a photo`);
    assert.equal(await app.page.getByText('horses').count(), 0, `${where}: a text`);
  }

  async function setVisibility(state: 'hidden' | 'visible'): Promise<void> {
    await withTimeout(
      app.page.evaluate((next) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => next });
        Object.defineProperty(document, 'hidden', {
          configurable: true,
          get: () => next === 'hidden',
        });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state),
      10_000,
      `making the page ${state}`,
    );
  }

  it('shows the lock screen, never book content, when going back after locking', async () => {
    await book.waitForImagesLoaded(book.portrait());
    await book.goToSettings();
    await book.goToAboutLock();
    await book.lock();
    await assertNoBookContent('after locking');

    await app.page.goBack();
    await app.page.waitForURL(/\/settings$/);
    await assertNoBookContent('back on Settings');
    await app.page.goBack();
    await app.page.waitForURL(/\/book\/[^/]+$/);
    await assertNoBookContent('back on Me now');

    // Leaving the page and coming back (back/forward cache or not) locks too.
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
    await app.page.goto('about:blank');
    await app.page.goBack();
    await assertNoBookContent('back from another page');
    await lock.unlockWithSentence(created.sentence);
    await book.waitForMeNow();
  });

  it('unlocks with a PIN, falls back to the sentence after five wrong PINs, forgets it on reload', async () => {
    await book.goToSettings();
    assert.equal(await settings.setPin('2580'), 'The PIN works until the app closes.');
    await book.lock();
    assert.ok(await lock.asksForPin(), 'the lock screen offers the PIN');
    assert.equal(await lock.secretLabel(), 'Your PIN');
    await lock.unlockWithPin('2580');
    await settings.waitForSettings();

    await book.lock();
    assert.ok(await lock.asksForPin());
    for (let left = 4; left >= 1; left -= 1) {
      const tries = left === 1 ? 'try' : 'tries';
      assert.equal(await lock.tryWrong('0000'), `Wrong PIN. You have ${left} ${tries} left.`);
    }
    assert.equal(await lock.tryWrong('0000'), 'Too many wrong PINs. Use the secret sentence.');
    assert.equal(await lock.secretLabel(), 'Your secret sentence');
    assert.equal(await lock.usePinButton().count(), 0, 'the PIN is gone');
    await lock.unlockWithSentence(created.sentence);
    await settings.waitForSettings();

    // A PIN lives only while the app is open: a cold start asks for the sentence.
    assert.equal(await settings.setPin('2580'), 'The PIN works until the app closes.');
    await book.lock();
    assert.ok(await lock.asksForPin());
    await lock.reload();
    await lock.waitForLocked();
    assert.equal(await lock.secretLabel(), 'Your secret sentence');
    assert.equal(await lock.usePinButton().count(), 0, 'no PIN offered after a reload');
    await lock.unlockWithSentence(created.sentence);
    await settings.waitForSettings();
  });

  it('locks by itself after the shortest idle time', async () => {
    const choices = await settings.autoLockChoices();
    const shortest = Math.min(...choices);
    assert.equal(shortest, 2);
    assert.equal(await settings.setAutoLock(shortest), 'Saved.');
    await settings
      .autoLockSelect()
      .locator(`option[value="${shortest}"]:checked`)
      .waitFor({ state: 'attached' });

    await app.page.clock.fastForward('01:00');
    assert.ok(!(await lock.isShown()), 'still open after one idle minute');
    await book.nav().waitFor();

    await app.page.clock.fastForward('03:00');
    await assertNoBookContent('after the idle time');
    await lock.unlockWithSentence(created.sentence);
    await settings.waitForSettings();
  });

  it('locks when the app has been hidden for more than a minute', async () => {
    // A long idle time, so only the time spent hidden can lock the book.
    assert.equal(await settings.setAutoLock(60), 'Saved.');
    await settings
      .autoLockSelect()
      .locator('option[value="60"]:checked')
      .waitFor({ state: 'attached' });

    await setVisibility('hidden');
    await app.page.clock.fastForward('00:20');
    await setVisibility('visible');
    await book.nav().waitFor();
    assert.ok(!(await lock.isShown()), 'a short look elsewhere does not lock');

    await setVisibility('hidden');
    await app.page.clock.fastForward('01:05');
    await setVisibility('visible');
    await assertNoBookContent('after being hidden');
    await lock.unlockWithSentence(created.sentence);
  });
});
