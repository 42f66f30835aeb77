import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/** Five list words no proposal of the wizard can equal the sentence with (checked below). */
const WRONG = ['ko', 'gris', 'æble', 'bil', 'hus'];

const screens = [
  { name: 'a 1024×768 tablet', viewport: { width: 1024, height: 768 }, isMobile: false },
  { name: 'a 390×844 phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

describe.each(screens)('opening a young book by pictures on $name', ({ viewport, isMobile }) => {
  let app: LaunchedApp;
  let lock: LockScreen;
  let book: BookPage;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp({ contextOptions: { viewport, isMobile, hasTouch: true } });
    // Fake timers, so the wait after wrong tries can be skipped; time flows until then.
    await app.page.clock.install();
    lock = new LockScreen(app.page, app.baseURL);
    book = new BookPage(app.page, app.baseURL);
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    // The young mode makes the sentence by pictures: the wizard keeps the five it proposes.
    created = await new CreateBookPage(app.page, app.baseURL).create({
      nickname: 'Ida',
      ageMode: 'young',
    });
    await book.lock();
  });

  afterAll(async () => {
    await app.close();
  });

  /** The page is no wider than the screen: nothing to scroll sideways. */
  async function assertNoSidewaysScroll(where: string): Promise<void> {
    const widths = await withTimeout(
      app.page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        screen: window.innerWidth,
      })),
      10_000,
      'measuring the page width',
    );
    assert.ok(widths.scroll <= widths.screen, `${where}: ${widths.scroll} > ${widths.screen}`);
  }

  it('shows the picture keyboard first, fitting the screen, with big tiles', async () => {
    const words = created.sentence.split(' ');
    assert.equal(words.length, 5, 'five pictures make the sentence');
    assert.notDeepEqual(words, WRONG);
    await lock.pictureKeyboard().waitFor({ state: 'visible' });
    assert.equal(await lock.secretField().count(), 0, 'no text box until typing is chosen');
    await assertNoSidewaysScroll('the lock screen');
    const tile = await lock.pictureTile('hund').boundingBox();
    assert.ok(tile !== null && tile.width >= 44 && tile.height >= 44, JSON.stringify(tile));
    const tab = await lock.root().locator('.picture-tab').first().boundingBox();
    assert.ok(tab !== null && tab.width >= 44 && tab.height >= 44, JSON.stringify(tab));
    await lock.tapPicture('ugle');
    await expectNoAxeViolations(app.page, 'the picture lock screen');
    await lock.chosenUndo().tap();
  });

  it('refuses a wrong picture sequence with the translated message, then makes the child wait', async () => {
    await lock.goto(`/book/${created.bookId}?lang=da`);
    await lock.usePictures();
    assert.equal(
      await lock.tryWrongPictures(WRONG),
      'Det var ikke den rigtige sætning. Prøv igen.',
    );
    assert.deepEqual(await lock.chosenWords(), [], 'the wrong pictures are cleared');
    await expectNoAxeViolations(app.page, 'the picture lock screen in Danish, after a wrong try');
    await lock.goto(`/book/${created.bookId}`, { lang: 'en' });
    await lock.usePictures();
    // Two mistakes are free; after that the wait grows until a try comes too soon.
    let message = '';
    for (let i = 0; i < 8 && !message.startsWith('Wait'); i++) {
      message = await lock.tryWrongPictures(WRONG);
      assert.match(message, /^(That was not the right sentence\. Try again\.|Wait \d+ seconds?)/);
    }
    assert.match(message, /^Wait \d+ seconds? before you try again\.$/);
    await lock.tapPicture('hund');
    assert.equal(await lock.openButton().isDisabled(), true, 'no trying during the wait');
    await app.page.clock.fastForward('01:05');
    await lock.root().locator('.picture-unlock button[type="submit"]:enabled').waitFor();
    await lock.chosenUndo().tap();
  });

  it('opens the book by tapping its pictures only', async () => {
    await lock.unlockByPictures(created.sentence.split(' '));
    await assertNoSidewaysScroll('the open book');
    await book.lock();
    // The young book asks by pictures again.
    await lock.pictureKeyboard().waitFor({ state: 'visible' });
  });
});
