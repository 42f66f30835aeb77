import assert from 'node:assert/strict';

import { afterEach, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/** The sample book's public sentence (src/domain/sample.ts) and its secret address. */
const SAMPLE_SENTENCE = 'sol hest kage båd';
const SECRET_ADDRESS = 'The address is secret';
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function pageText(launched: LaunchedApp): Promise<{ text: string; title: string }> {
  return withTimeout(
    launched.page.evaluate(() => ({ text: document.body.innerText, title: document.title })),
    10_000,
    'reading the page text',
  );
}

describe('a shared tablet (1024×768)', () => {
  it('locks a book left for "All books"; the shelf marks a book still open', async () => {
    app = await launchApp({ contextOptions: TABLET });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    const lock = new LockScreen(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.openSampleBook();

    await book.goToAllBooks();
    assert.equal(await app.page.locator('.badge-open').count(), 0, 'no book is open');
    await shelf.openBook('Alma');
    await lock.waitForLocked();
    await lock.unlockWithSentence(SAMPLE_SENTENCE);

    // Left another way (Settings → Licences → the app's name), the book stays open: the shelf
    // says so, and its button locks it.
    await book.goToSettings();
    await app.page.getByRole('link', { name: 'Licences and copyright' }).click();
    await app.page.locator('.app-header .brand').click();
    await shelf.waitForBooks();
    await app.page.locator('.badge-open').waitFor();
    await app.page.getByRole('button', { name: "Lock Alma (sample)'s book" }).click();
    await app.page.locator('.badge-open').waitFor({ state: 'detached' });
    await shelf.openBook('Alma');
    await lock.waitForLocked();
    assert.equal((await pageText(app)).title, 'Locked book – Livsbog');
  });

  it('keeps a secret address off the screen and out of the title until "Show"', async () => {
    app = await launchApp({ contextOptions: TABLET });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.openSampleBook();

    const timelineLink = book.nav().getByRole('link', { name: 'Timeline', exact: true });
    await timelineLink.click();
    await app.page.getByRole('link', { name: 'Where I have lived' }).click();
    const show = app.page.getByRole('button', { name: 'Show secret address' });
    await show.waitFor();
    let seen = await pageText(app);
    assert.ok(!seen.text.includes(SECRET_ADDRESS), 'not in the text before "Show"');
    assert.ok(seen.text.includes('••••'));
    await show.click();
    await app.page.getByText(SECRET_ADDRESS).waitFor();
    seen = await pageText(app);
    assert.ok(!seen.title.includes(SECRET_ADDRESS), 'never in the title');
    await app.page.getByRole('button', { name: 'Hide secret address' }).click();
    await app.page.getByText(SECRET_ADDRESS).waitFor({ state: 'detached' });

    // The entry's own page masks it too.
    await app.page.getByRole('link', { name: 'My home now' }).click();
    await app.page.locator('.entry-page').waitFor();
    await app.page.getByRole('button', { name: 'Show secret address' }).waitFor();
    assert.ok(!(await pageText(app)).text.includes(SECRET_ADDRESS));
  });

  it('gives every page its own title and keeps ?lang=en on the way back to the shelf', async () => {
    app = await launchApp({ contextOptions: TABLET });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    assert.equal((await pageText(app)).title, 'All books – Livsbog');
    await shelf.openSampleBook();

    const launched = app;
    const titles: string[] = [];
    const visit = async (name: string) => {
      await book.nav().getByRole('link', { name, exact: true }).click();
      await launched.page.waitForFunction((n) => document.title.startsWith(n), name);
      titles.push((await pageText(launched)).title);
    };
    for (const name of ['Timeline', 'People', 'Photos', 'When I move', 'Settings', 'Me now']) {
      await visit(name);
    }
    assert.equal(new Set(titles).size, titles.length, `one title per page: ${titles.join(', ')}`);

    await book.goToAllBooks();
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'en');
    await shelf.link('Make a new book').waitFor();
    assert.equal(new URL(app.page.url()).search, '', 'the address has no ?lang= any more');
    await shelf.reload();
    await shelf.waitForBooks();
    assert.equal(await app.page.locator('html').getAttribute('lang'), 'en');
    assert.equal((await pageText(app)).title, 'All books – Livsbog');
  });
});
