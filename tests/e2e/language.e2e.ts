import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, type LaunchedApp } from './support/browser';

describe('language', () => {
  let app: LaunchedApp;
  let shelf: ShelfPage;

  beforeAll(async () => {
    app = await launchApp();
    shelf = new ShelfPage(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  async function htmlLang(): Promise<string | null> {
    return app.page.locator('html').getAttribute('lang');
  }

  it('shows English with ?lang=en and Danish after the shelf switch', async () => {
    await shelf.open({ lang: 'en' });
    assert.equal(await htmlLang(), 'en');
    assert.equal(await shelf.headingText(), 'Livsbog');
    await shelf.link('Make a new book').waitFor();
    await shelf.page.getByRole('heading', { name: 'Books on this device' }).waitFor();
    await shelf.button('See a sample book').waitFor();
    assert.equal(await shelf.languageButton('en').getAttribute('aria-pressed'), 'true');

    await shelf.switchLanguage('da');
    assert.equal(await htmlLang(), 'da');
    await shelf.link('Lav en ny bog').waitFor();
    await shelf.page.getByRole('heading', { name: 'Bøger på denne enhed' }).waitFor();
    await shelf.button('Se en eksempelbog').waitFor();
    assert.equal(await shelf.link('Make a new book').count(), 0, 'no English left');
    assert.equal(await shelf.languageButton('da').getAttribute('aria-pressed'), 'true');

    // The choice is remembered for the next visit without ?lang.
    await shelf.open();
    assert.equal(await htmlLang(), 'da');
    await shelf.link('Lav en ny bog').waitFor();
  });

  it('keeps each book in its own language, also when the shelf is Danish', async () => {
    const wizard = new CreateBookPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    const settings = new SettingsPage(app.page, app.baseURL);

    await shelf.open();
    assert.equal(await htmlLang(), 'da');
    await shelf.startNewBook();
    const lock = new LockScreen(app.page, app.baseURL);
    const { sentence } = await wizard.create({ nickname: 'Noah', language: 'en' });
    assert.equal(await htmlLang(), 'en');
    assert.match(await book.headingText(), /^Me now/);

    // The shelf is switched to Danish; the English book stays English inside.
    await book.goToAllBooks();
    await shelf.switchLanguage('da');
    await shelf.link('Lav en ny bog').waitFor();
    // Leaving for the shelf locked the book; its lock screen speaks the book's language.
    await shelf.openBook('Noah');
    // The book's words load as the lock screen shows: wait for them rather than for its frame.
    await app.page.waitForFunction(() => document.documentElement.lang === 'en', undefined, {
      timeout: 30_000,
    });
    assert.equal(await htmlLang(), 'en', 'the book has its own language');
    await lock.unlockWithSentence(sentence);
    assert.match(await book.headingText(), /^Me now/);
    await book.nav().getByRole('link', { name: 'Settings', exact: true }).waitFor();

    // Back on the shelf it is Danish again.
    await book.goToAllBooks();
    assert.equal(await htmlLang(), 'da');
    await shelf.link('Lav en ny bog').waitFor();

    // Changing the book's language in Settings switches the book to Danish.
    await shelf.openBook('Noah');
    await lock.unlockWithSentence(sentence);
    await book.goToSettings();
    await settings.setLanguage('da');
    assert.equal(await htmlLang(), 'da');
    await settings.heading().filter({ hasText: 'Indstillinger' }).waitFor();
    await book.nav().getByRole('link', { name: 'Mig nu', exact: true }).click();
    await book
      .heading()
      .filter({ hasText: /^Mig nu/ })
      .waitFor();

    // …and it stays Danish after a cold start, from the book's own setting.
    await book.reload();
    await app.page.locator('.lock-screen h1', { hasText: 'Noahs bog er låst' }).waitFor();
    assert.equal(await htmlLang(), 'da');
  });
});
