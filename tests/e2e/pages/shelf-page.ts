import type { Locator } from 'playwright-core';

import { AppPage, type GotoOptions } from './app-page';

export type ShelfLanguage = 'da' | 'en';

/** The start page: the books on this device, "make a new book", the sample book, the language. */
export class ShelfPage extends AppPage {
  /** Opens the shelf and waits until the list of books has loaded. */
  async open(options: GotoOptions = {}): Promise<this> {
    await this.goto('/', options);
    await this.waitForBooks();
    return this;
  }

  /** The shelf says "loading" until IndexedDB has answered; nothing else on it is final before. */
  async waitForBooks(timeoutMs = 15_000): Promise<void> {
    await this.page
      .locator('.shelf:not(:has([role="status"]))')
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }

  newBookLink(): Locator {
    return this.page.locator('.shelf a[href="/new"]');
  }

  async startNewBook(): Promise<void> {
    await this.newBookLink().click();
    await this.page.locator('.create-book').waitFor();
  }

  bookCards(): Locator {
    return this.page.locator('.book-list .book-card');
  }

  async bookNames(): Promise<string[]> {
    await this.waitForBooks();
    const names = await this.page.locator('.book-list .book-card-name').allTextContents();
    return names.map((n) => n.trim());
  }

  /** The link that opens a book, found by the name shown on its cover. */
  bookLink(name: string): Locator {
    return this.page
      .locator('.book-list .book-card-link')
      .filter({ has: this.page.locator('.book-card-name', { hasText: name }) });
  }

  async openBook(name: string): Promise<void> {
    await this.bookLink(name).click();
    await this.page.locator('.lock-screen, .book-nav').first().waitFor();
  }

  sampleButton(): Locator {
    return this.button(/See a sample book|Se en eksempelbog/);
  }

  /**
   * Makes the sample book and waits until it opens. Returns whether a progress bar was seen while
   * the photos were being made.
   */
  async openSampleBook(timeoutMs = 90_000): Promise<{ sawProgress: boolean }> {
    await this.sampleButton().click();
    const progress = this.page.locator('.sample-book progress');
    let sawProgress = true;
    try {
      await progress.waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      sawProgress = false;
    }
    await this.page.locator('.book-nav').waitFor({ state: 'visible', timeout: timeoutMs });
    return { sawProgress };
  }

  /** Shown when this device had books and the browser has cleared them away. */
  missingBooksNotice(): Locator {
    return this.page.locator('.shelf .missing-books');
  }

  async dismissMissingBooks(): Promise<void> {
    await this.missingBooksNotice()
      .getByRole('button', { name: /Do not show this again|Vis ikke igen/ })
      .click();
    await this.missingBooksNotice().waitFor({ state: 'detached' });
  }

  languageButton(lang: ShelfLanguage): Locator {
    return this.page.locator(`.language-switch button[lang="${lang}"]`);
  }

  /** Switches the shelf's language and waits until the document says so. */
  async switchLanguage(lang: ShelfLanguage): Promise<void> {
    await this.languageButton(lang).click();
    await this.page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
  }
}
