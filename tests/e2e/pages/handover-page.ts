import type { Download, Locator } from 'playwright-core';

import { AppPage } from './app-page';

/** "When I move": the review, the moving pack and the PDF for Digital Post. */
export class HandoverPage extends AppPage {
  async open(bookId: string): Promise<this> {
    await this.goto(`/book/${bookId}/handover`, { lang: 'en' });
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
    return this.page.locator('.handover-counts li');
  }

  offer(label: RegExp): Locator {
    return this.page.getByRole('checkbox', { name: label });
  }

  makeBundleButton(): Locator {
    return this.page.getByRole('button', { name: 'Make the moving pack' });
  }

  result(): Locator {
    return this.page.locator('.handover-result [role="status"]').first();
  }

  /** Makes the pack where the browser can only download: resolves with the download. */
  async makeBundleAsDownload(timeoutMs = 120_000): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: timeoutMs });
    await this.makeBundleButton().click();
    const d = await download;
    await this.result().waitFor({ timeout: timeoutMs });
    return d;
  }

  /** Makes the pack through a save picker (stubbed by the test): waits for "saved as". */
  async makeBundleSaved(timeoutMs = 120_000): Promise<string> {
    await this.makeBundleButton().click();
    await this.result().filter({ hasText: 'was saved as' }).waitFor({ timeout: timeoutMs });
    return (await this.result().textContent()) ?? '';
  }

  async makePdf(size: RegExp, timeoutMs = 120_000): Promise<Locator> {
    await this.page.getByRole('radio', { name: size }).check();
    await this.page.getByRole('button', { name: 'Make the PDF' }).click();
    const links = this.page.locator('.pdf-files a');
    await links.first().waitFor({ timeout: timeoutMs });
    return links;
  }
}
