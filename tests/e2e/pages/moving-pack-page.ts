import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { Download, Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { AppPage } from './app-page';

/**
 * An init script for headless Chromium, whose save picker cannot be shown: the app then offers
 * the moving pack as a download, which a test can catch.
 */
export const noSavePickerScript =
  'Object.defineProperty(window, "showSaveFilePicker", { value: undefined });';

/** "When I move": the review, the moving pack and the PDF for Digital Post. */
export class MovingPackPage extends AppPage {
  async open(bookId: string): Promise<this> {
    await this.goto(`/book/${bookId}/moving-pack`, { lang: 'en' });
    await this.waitForReview();
    return this;
  }

  async openFromNav(): Promise<void> {
    await this.page.locator('nav.book-nav').getByRole('link', { name: 'When I move' }).click();
    await this.waitForReview();
  }

  async waitForReview(): Promise<void> {
    await this.page.getByRole('heading', { name: 'What comes along' }).waitFor();
  }

  counts(): Locator {
    return this.page.locator('.pack-counts li');
  }

  offer(label: RegExp): Locator {
    return this.page.getByRole('checkbox', { name: label });
  }

  makePackButton(): Locator {
    return this.page.getByRole('button', { name: 'Make the moving pack' });
  }

  result(): Locator {
    return this.page.locator('.pack-result [role="status"]').first();
  }

  /** Makes the pack where the browser can only download: resolves with the download. */
  async makePackAsDownload(timeoutMs = 120_000): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: timeoutMs });
    await this.makePackButton().click();
    const d = await download;
    await this.result().waitFor({ timeout: timeoutMs });
    return d;
  }

  /** Makes the pack through a save picker (stubbed by the test): waits for "saved as". */
  async makePackSaved(timeoutMs = 120_000): Promise<string> {
    await this.makePackButton().click();
    await this.result().filter({ hasText: 'was saved as' }).waitFor({ timeout: timeoutMs });
    return (await this.result().textContent()) ?? '';
  }

  /**
   * Makes the pack as a download (the test stubs the save picker away, see
   * `noSavePickerScript`), keeps it in `dir` and returns the zip's bytes.
   */
  async downloadPack(dir: string, timeoutMs = 120_000): Promise<Uint8Array> {
    const download = await this.makePackAsDownload(timeoutMs);
    const file = path.join(dir, download.suggestedFilename());
    await withTimeout(download.saveAs(file), timeoutMs, 'saving the moving pack');
    return new Uint8Array(await readFile(file));
  }

  async makePdf(size: RegExp, timeoutMs = 120_000): Promise<Locator> {
    await this.page.getByRole('radio', { name: size }).check();
    await this.page.getByRole('button', { name: 'Make the PDF' }).click();
    const links = this.page.locator('.pdf-files a');
    await links.first().waitFor({ timeout: timeoutMs });
    return links;
  }
}
