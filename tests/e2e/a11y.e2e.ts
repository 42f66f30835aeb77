import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { randomPhoto } from './support/png';

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  lang: string | null;
  className: string;
}

describe('accessibility', () => {
  let app: LaunchedApp;
  let shelf: ShelfPage;
  let wizard: CreateBookPage;
  let book: BookPage;
  let lock: LockScreen;
  let settings: SettingsPage;
  let created: CreatedBook;

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

  async function focused(): Promise<Focused> {
    return withTimeout(
      app.page.evaluate(() => {
        const el = document.activeElement;
        return {
          tag: el?.tagName.toLowerCase() ?? '',
          text: el?.textContent.trim() ?? '',
          href: el?.getAttribute('href') ?? null,
          lang: el?.getAttribute('lang') ?? null,
          className: el?.getAttribute('class') ?? '',
        };
      }),
      10_000,
      'reading the focused element',
    );
  }

  it('has no axe violations on the shelf and in every step of the wizard', async () => {
    await shelf.open({ lang: 'en' });
    await expectNoAxeViolations(app.page, 'the empty shelf (en)');

    // The check itself must catch a violation, or every pass below would prove nothing.
    await withTimeout(
      app.page.evaluate(() => {
        const planted = document.createElement('button');
        planted.id = 'planted-violation';
        planted.innerHTML = '<img src="/favicon.svg">';
        document.querySelector('main')?.append(planted);
      }),
      10_000,
      'planting a violation',
    );
    await assert.rejects(
      expectNoAxeViolations(app.page, 'a planted violation'),
      /button-name|image-alt/,
    );
    await shelf.open({ lang: 'en' });
    await shelf.switchLanguage('da');
    await shelf.link('Lav en ny bog').waitFor();
    await expectNoAxeViolations(app.page, 'the empty shelf (da)');
    await shelf.switchLanguage('en');

    await shelf.startNewBook();
    await expectNoAxeViolations(app.page, 'wizard step 1');

    await wizard.nextButton().click();
    await wizard.errors().filter({ hasText: 'Write a name for the book.' }).waitFor();
    await expectNoAxeViolations(app.page, 'wizard step 1 with a missing name');

    await wizard.fillCover({ nickname: 'Aya', birthDate: { year: 2013, month: 2, day: 31 } });
    await wizard.nextButton().click();
    await wizard.errors().filter({ hasText: 'That date does not exist' }).waitFor();
    await expectNoAxeViolations(app.page, 'wizard step 1 with an impossible date');

    await wizard.fillCover({ nickname: 'Aya', birthDate: { year: 2013, month: 2, day: 3 } });
    await wizard.nextToStep(2);
    await expectNoAxeViolations(app.page, 'wizard step 2');

    const proposed = await wizard.sentenceField().inputValue();
    await wizard.sentenceField().fill('two words');
    await wizard.nextButton().click();
    await wizard.errors().filter({ hasText: 'The sentence is too short' }).waitFor();
    await expectNoAxeViolations(app.page, 'wizard step 2 with a short sentence');

    await wizard.sentenceField().fill(proposed);
    await wizard.repeatField().fill('something else entirely here');
    await wizard.nextButton().click();
    await wizard.errors().filter({ hasText: 'The sentences are not the same' }).waitFor();
    await expectNoAxeViolations(app.page, 'wizard step 2 with different sentences');

    const sentence = await wizard.confirmSentence();
    await wizard.nextToStep(3, 60_000);
    await expectNoAxeViolations(app.page, 'wizard step 3 (recovery code)');
    const { recoveryCode, bookId } = await wizard.finish();
    created = { sentence, recoveryCode, bookId };
  });

  it('has no axe violations inside a book: Me now, Settings, About the lock, lock screen', async () => {
    await book.waitForMeNow();
    await expectNoAxeViolations(app.page, 'Me now (en, empty)');

    await book.fillMeNow({ likes: 'drawing', dreams: 'a dog' });
    await book.saveMeNow();
    await book.uploadPhoto(randomPhoto());
    await book.thumbnails().first().waitFor();
    await expectNoAxeViolations(app.page, 'Me now (en, with a photo and a saved notice)');

    await book.goToSettings();
    await settings.waitForSettings();
    await settings.storageTexts();
    await expectNoAxeViolations(app.page, 'Settings (en)');

    await book.goToAboutLock();
    await expectNoAxeViolations(app.page, 'About the lock in the book (en)');

    await book.lock();
    await expectNoAxeViolations(app.page, 'the lock screen (en)');
    assert.match(await lock.tryWrong('not the right words at all'), /not the right sentence/);
    await expectNoAxeViolations(app.page, 'the lock screen with an error (en)');
    await lock.useRecoveryButton().click();
    assert.match(await lock.tryWrong('1234'), /not written correctly/);
    await expectNoAxeViolations(app.page, 'the recovery-code lock screen with an error (en)');
    await lock.unlockWithSentence(created.sentence);
  });

  it('has no axe violations on the shelf with books, About the lock and the 404 page', async () => {
    await book.goToAllBooks();
    await shelf.waitForBooks();
    assert.deepEqual(await shelf.bookNames(), ['Aya']);
    await expectNoAxeViolations(app.page, 'the shelf with a book (en)');

    await shelf.link('What does the lock protect?').click();
    await shelf.heading().filter({ hasText: 'What does the lock protect?' }).waitFor();
    assert.match(app.page.url(), /\/about-lock$/);
    await expectNoAxeViolations(app.page, 'About the lock from the shelf (en)');

    await shelf.goto('/no/such/page', { lang: 'en' });
    assert.equal(await shelf.headingText(), 'That does not exist (any more).');
    await expectNoAxeViolations(app.page, 'the 404 page (en)');
  });

  it('has no axe violations in Danish: shelf with books, Me now, Settings, lock screen', async () => {
    await shelf.open({ lang: 'en' });
    await shelf.switchLanguage('da');
    await shelf.link('Lav en ny bog').waitFor();
    await expectNoAxeViolations(app.page, 'the shelf with a book (da)');

    // The book is English: turn it Danish in Settings to see "Me now" in Danish.
    await shelf.openBook('Aya');
    await lock.unlockWithSentence(created.sentence);
    await book.goToSettings();
    await settings.setLanguage('da');
    await settings.heading().filter({ hasText: 'Indstillinger' }).waitFor();
    await expectNoAxeViolations(app.page, 'Settings (da)');
    await book.nav().getByRole('link', { name: 'Mig nu', exact: true }).click();
    await book
      .heading()
      .filter({ hasText: /^Mig nu/ })
      .waitFor();
    await book.waitForMeNow();
    await book.thumbnails().first().waitFor();
    await expectNoAxeViolations(app.page, 'Me now (da)');

    await book.lockButton().click();
    await lock.waitForLocked();
    assert.equal(await lock.headingText(), 'Ayas bog er låst');
    await expectNoAxeViolations(app.page, 'the lock screen (da)');
    await shelf.goto('/findes-ikke');
    await shelf.heading().waitFor();
    await expectNoAxeViolations(app.page, 'the 404 page (da)');
  });

  it('can be used with the keyboard from the shelf: skip link, brand, language, new book', async () => {
    await shelf.open({ lang: 'en' });

    await app.page.keyboard.press('Tab');
    const skip = await focused();
    assert.equal(skip.tag, 'a');
    assert.equal(skip.text, 'Skip to content', 'the skip link comes first');
    assert.equal(skip.href, '#main');
    await app.page.locator('.skip-link').waitFor({ state: 'visible' });

    await app.page.keyboard.press('Tab');
    const brand = await focused();
    assert.equal(brand.tag, 'a');
    assert.equal(brand.href, '/');
    assert.match(brand.className, /\bbrand\b/);

    await app.page.keyboard.press('Tab');
    assert.deepEqual(
      [(await focused()).tag, (await focused()).lang],
      ['button', 'da'],
      'the first language button',
    );
    await app.page.keyboard.press('Tab');
    assert.deepEqual([(await focused()).tag, (await focused()).lang], ['button', 'en']);

    // The skip link moves the focus past the header into the main content.
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('Shift+Tab');
    await app.page.keyboard.press('Shift+Tab');
    assert.equal((await focused()).text, 'Skip to content');
    await app.page.keyboard.press('Enter');
    assert.equal(
      await withTimeout(
        app.page.evaluate(() => document.activeElement?.id ?? ''),
        10_000,
        'reading the focus after the skip link',
      ),
      'main',
    );

    let reached = false;
    for (let i = 0; i < 15 && !reached; i += 1) {
      await app.page.keyboard.press('Tab');
      const now = await focused();
      reached = now.tag === 'a' && now.text === 'Make a new book';
    }
    assert.ok(reached, '"Make a new book" is reachable with Tab');
    await app.page.keyboard.press('Enter');
    await app.page.waitForURL((url) => url.pathname === '/new');
    await wizard.heading().filter({ hasText: 'Make a new book' }).waitFor();
    await wizard.nicknameField().waitFor();
  });
});

/*
 * WCAG 2.2 (target-size included, through the shared axe tags) on every main screen of a book
 * full of things (the sample book), in both languages, light and dark, on a tablet and a phone.
 */
describe('accessibility in both languages, light and dark', () => {
  const screens = [
    { path: '', heading: /Alma|Mig nu|Me now/ },
    { path: '/timeline', heading: /^(Tidslinje|Timeline)/ },
    { path: '/people', heading: /^(Mennesker|People)/ },
    { path: '/photos', heading: /^(Billeder|Photos)/ },
    { path: '/settings', heading: /^(Indstillinger|Settings)/ },
  ];

  for (const lang of ['da', 'en'] as const) {
    it(`has no axe violations on the main screens (${lang})`, async () => {
      const app = await launchApp();
      try {
        const shelf = new ShelfPage(app.page, app.baseURL);
        await shelf.open({ lang });
        await expectNoAxeViolations(app.page, `the shelf (${lang})`);
        await shelf.openSampleBook();
        const bookPath = new URL(app.page.url()).pathname.replace(/^(\/book\/[^/]+).*$/, '$1');
        for (const colorScheme of ['light', 'dark'] as const) {
          await withTimeout(app.page.emulateMedia({ colorScheme }), 10_000, 'emulating a scheme');
          for (const viewport of [
            { width: 1024, height: 768 },
            { width: 390, height: 844 },
          ]) {
            await app.page.setViewportSize(viewport);
            for (const screen of screens) {
              // In-app navigation: loading the page again would lock the book.
              await withTimeout(
                app.page.evaluate((path) => {
                  history.pushState({}, '', path);
                  dispatchEvent(new PopStateEvent('popstate'));
                }, bookPath + screen.path),
                10_000,
                'going to a screen',
              );
              await shelf.heading().filter({ hasText: screen.heading }).first().waitFor();
              await expectNoAxeViolations(
                app.page,
                `${screen.path || 'me now'} (${lang}, ${colorScheme}, ${viewport.width} px)`,
              );
            }
          }
        }
      } finally {
        await app.close();
      }
    }, 600_000);
  }
});
