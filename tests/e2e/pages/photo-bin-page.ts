import type { Locator } from 'playwright-core';

import { PhotosPage } from './photos-page';

/**
 * The bin of every kind of memory (photos/bin) and the dialog's way into it, driven with the
 * English labels: "Put in the bin" with its Undo, the "Bin (n)" link, put back, delete for good.
 */
export class PhotoBinPage extends PhotosPage {
  /** "Put in the bin" in the open item's dialog; the dialog closes and the status says so. */
  async binFromDialog(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Put in the bin', exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
    await this.binnedNotice().waitFor();
  }

  /** The status under the gallery after binning, with its Undo. */
  binnedNotice(): Locator {
    return this.page.locator('.notice', { hasText: /is in the bin\. You can put it back/ });
  }

  async undoBin(title: string): Promise<void> {
    await this.binnedNotice().getByRole('button', { name: 'Undo', exact: true }).click();
    await this.page.getByText(`“${title}” is back.`, { exact: true }).waitFor();
  }

  /** The way to the bin; only there while something lies in it. */
  binLink(): Locator {
    return this.page.locator('.photo-bin-link').getByRole('link');
  }

  async openBin(): Promise<void> {
    await this.binLink().click();
    // By its name: the bin's picture in the heading is hidden from it.
    await this.page
      .getByRole('heading', { level: 1, name: 'Bin', exact: true })
      .waitFor({ timeout: 20_000 });
    await this.page.locator('.photo-bin-list, .photo-bin-page .empty-state').first().waitFor();
  }

  binItems(): Locator {
    return this.page.locator('.photo-bin-list .photo-bin-item');
  }

  /** Puts an item back from the bin page and goes back to the photos. */
  async restore(title: string): Promise<void> {
    await this.button(`Put back: ${title}`).click();
    await this.page.getByText(`“${title}” is back.`, { exact: true }).waitFor();
    await this.page.getByRole('link', { name: 'Back to the photos', exact: true }).click();
    await this.waitForPhotos();
  }

  /** "Delete for good", then the second yes; waits for the bin to say it is gone. */
  async deleteForever(title: string): Promise<void> {
    await this.button(`Delete for good: ${title}`).click();
    const ask = this.page.getByRole('group', { name: 'Delete for good' });
    await ask.getByText(`Do you want to delete “${title}” for good?`).waitFor();
    await ask.getByRole('button', { name: 'Yes, delete for good', exact: true }).click();
    await this.page.getByText(`“${title}” is deleted for good.`, { exact: true }).waitFor();
  }
}
