import type { Locator } from 'playwright-core';

import { AppPage, type GotoOptions } from './app-page';

/** "Bring in a moving pack" (`/import`): choose a bundle, see what is in it, bring it in. */
export class ImportPage extends AppPage {
  async open(options: GotoOptions = { lang: 'en' }): Promise<this> {
    await this.goto('/import', options);
    await this.fileInput().waitFor({ state: 'attached' });
    return this;
  }

  fileInput(): Locator {
    return this.page.getByLabel(/^(Choose a moving pack|Vælg en flyttepakke)$/);
  }

  async chooseFile(buffer: Buffer, name = 'pack.zip'): Promise<void> {
    await this.fileInput().setInputFiles({ name, mimeType: 'application/zip', buffer });
  }

  /** Waits until the pack has passed every check and shows what is in it. */
  async waitChecked(timeoutMs = 120_000): Promise<void> {
    await this.page
      .getByRole('heading', { level: 2, name: 'What is in the moving pack' })
      .waitFor({ timeout: timeoutMs });
  }

  startButton(): Locator {
    return this.page.getByRole('button', { name: 'Bring in the moving pack' });
  }

  /** As a new book: repeats the proposed sentence and starts; returns the sentence. */
  async importAsNewBook(): Promise<string> {
    await this.page.getByRole('radio', { name: 'As a new book' }).check();
    // The shared sentence picker: the proposed sentence, then the field to repeat it in.
    const fields = this.page.locator('.sentence-picker .field input');
    const sentence = await fields.nth(0).inputValue();
    await fields.nth(1).fill(sentence);
    await this.startButton().click();
    return sentence;
  }

  async mergeInto(bookName: string): Promise<void> {
    await this.page.getByRole('radio', { name: `Into the book “${bookName}”` }).check();
    await this.startButton().click();
  }

  progress(): Locator {
    return this.page.locator('progress');
  }

  /** Waits for the report; returns its status text. */
  async waitDone(timeoutMs = 180_000): Promise<string> {
    await this.page
      .getByRole('heading', { level: 2, name: 'The moving pack is in' })
      .waitFor({ timeout: timeoutMs });
    return (await this.page.getByRole('status').first().textContent()) ?? '';
  }

  /** Confirms the recovery code is kept and opens the new book. */
  async openNewBook(): Promise<void> {
    await this.page
      .getByRole('checkbox', {
        name: 'The code is written down or printed and kept somewhere safe',
      })
      .check();
    await this.page.getByRole('button', { name: 'Open the book' }).click();
    await this.page.locator('nav.book-nav').waitFor();
  }

  /** The refusal shown when a pack is not brought in. */
  async errorText(timeoutMs = 120_000): Promise<string> {
    const alert = this.page.getByRole('alert').first();
    await alert.waitFor({ timeout: timeoutMs });
    return (await alert.textContent()) ?? '';
  }
}
