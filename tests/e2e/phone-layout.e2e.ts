import assert from 'node:assert/strict';

import { afterEach, describe, it } from 'vitest';

import { PhoneBookPage, type LayoutReport } from './pages/phone-book-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, type LaunchedApp } from './support/browser';

/** A 390×844 phone held upright: the size the issue was found on. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The first piece of the child's own content must start within the top 35 % of the screen. */
const FIRST_CONTENT_SHARE = 0.35;

const WORDS = {
  da: {
    tabs: ['Mig nu', 'Tidslinje', 'Mennesker', 'Billeder', 'Mere'],
    lock: 'Lås bogen',
    pack: 'Når jeg flytter',
    settings: 'Indstillinger',
    aboutLock: 'Om låsen',
    homes: 'Hvor jeg har boet',
    family: 'Stamtræ',
    search: 'Søg',
    searchField: 'Søg i galleriet',
    deletePerson: /^Slet /,
    cancel: 'Annullér',
  },
  en: {
    tabs: ['Me now', 'Timeline', 'People', 'Photos', 'More'],
    lock: 'Lock the book',
    pack: 'When I move',
    settings: 'Settings',
    aboutLock: 'About the lock',
    homes: 'Where I have lived',
    family: 'Family tree',
    search: 'Search',
    searchField: 'Search the gallery',
    deletePerson: /^Delete /,
    cancel: 'Cancel',
  },
} as const;

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function assertFits(where: string, report: LayoutReport): void {
  assert.notEqual(report.firstContentTop, null, `${where}: the first content is on the page`);
  const limit = report.viewportHeight * FIRST_CONTENT_SHARE;
  assert.ok(
    (report.firstContentTop ?? Infinity) <= limit,
    `${where}: the first content starts at ${String(report.firstContentTop)}px, below ${Math.round(limit)}px`,
  );
  assert.deepEqual(report.tooWide, [], `${where}: nothing is wider than the screen`);
  assert.deepEqual(report.brokenWords, [], `${where}: no word is broken over two lines`);
  assert.deepEqual(report.badWrapping, [], `${where}: words wrap whole, hyphenated by language`);
}

describe('the phone layout (390×844)', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`shows the book, not the buttons, on every page (${lang})`, async () => {
      app = await launchApp({ contextOptions: PHONE });
      const words = WORDS[lang];
      const shelf = new ShelfPage(app.page, app.baseURL);
      const book = new PhoneBookPage(app.page, app.baseURL);
      await shelf.open(lang === 'en' ? { lang } : {});
      await shelf.openSampleBook();

      // Five places at the bottom; the lock an icon button of its own in the top bar.
      assert.deepEqual(await book.tabNames(), words.tabs);
      const bar = await book.tabBar().boundingBox();
      assert.ok(bar && bar.y + bar.height >= 843, 'the tab bar sits at the bottom');
      const lock = book.lockIconButton();
      await book.page.getByRole('button', { name: words.lock, exact: true }).waitFor();
      const lockBox = await lock.boundingBox();
      assert.ok(lockBox && lockBox.width >= 44 && lockBox.height >= 44, 'a 44×44 target');
      assert.ok(lockBox.width < 64, 'an icon, its words only its name');
      assert.ok(lockBox.y < 80, 'in the top bar');

      const check = async (where: string, firstContent: string) => {
        await book.page.locator(firstContent).first().waitFor();
        assertFits(where, await book.layoutReport(firstContent));
      };

      await check('me now', '.me-cover-name, .me-cover-photo, .me-now-form .field, .me-now-photo');
      await book.openTab(words.tabs[1], words.tabs[1]);
      await check('timeline', '.entry-card');
      await book.page.locator('.entry-card .entry-title a').first().click();
      await book.page.locator('.entry-page').waitFor();
      await check('a memory', '.entry-page h1');
      await book.openTab(words.tabs[1], words.tabs[1]);
      await book.page.getByRole('link', { name: words.homes }).click();
      await check('homes', '.place-item');
      await book.openTab(words.tabs[2], words.tabs[2]);
      await check('people', '.siblings, .person-card');
      await book.page.locator('a.person-card').first().click();
      await book.page.locator('.person-page').waitFor();
      await check('a person', '.person-header');
      // The question asked before deleting takes its own line: its words and both answers on
      // the screen, not in a strip to be scrolled sideways.
      const question = await book.askToDeletePerson(words.deletePerson);
      assert.deepEqual(await book.outsideScreen(question), [], 'the question fits the screen');
      await question.getByRole('button', { name: words.cancel }).click();
      await book.openTab(words.tabs[2], words.tabs[2]);
      await book.openTab(words.tabs[3], words.tabs[3]);
      await check('photos', '.gallery-tiles img');
      // A book of photos only gets "Søg" too: its picture beside the fold buttons, on their line.
      const search = await book.searchToggleBox(words.search);
      assert.ok(search.inTopShare <= FIRST_CONTENT_SHARE, 'Søg is in the top 35 %');
      assert.ok(search.onFoldLine, 'Søg sits on the line of the fold buttons');
      assert.ok(search.width >= 44 && search.height >= 44, 'a 44×44 target');
      assert.ok(search.right <= 390, 'inside the screen');
      await book.openSearch(words.search, words.searchField);
      await book.page.keyboard.press('Escape');
      await book.searchToggle(words.search).waitFor();
      assert.equal(await book.searchFieldCount(words.searchField), 0, 'Escape closes the field');
      assert.ok(await book.isFocused(book.searchToggle(words.search)), 'focus back on Søg');
      await book.openFromMore(words.tabs[4], words.pack);
      await book.page.locator('.moving-pack').waitFor();
      await check('moving-pack', '.moving-pack h1 ~ *');
      await book.openFromMore(words.tabs[4], words.settings);
      await book.page.locator('.settings').waitFor();
      await check('settings', '.settings input');
      await book.openFromMore(words.tabs[4], words.aboutLock);
      await book.page.locator('.about-lock').waitFor();
      await check('about the lock', '.about-lock h1 ~ *');
      await book.openTab(words.tabs[4], words.tabs[4]);
      await check('more', '.more-list a');
      // The tab bar, the top bar and "More" meet WCAG 2.2 (target size included).
      await expectNoAxeViolations(book.page, `the "More" page at 390 px (${lang})`);
    });
  }
});
