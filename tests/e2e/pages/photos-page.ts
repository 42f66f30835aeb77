import { readFile } from 'node:fs/promises';

import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { BookPage, type UploadFile } from './book-page';

export interface FailureLine {
  name: string;
  reason: string;
}

/** The photos area, driven with its English labels: import, gallery, photo dialog, slideshow. */
export class PhotosPage extends BookPage {
  async goToPhotos(): Promise<void> {
    await this.nav().getByRole('link', { name: 'Photos', exact: true }).click();
    await this.waitForPhotos();
  }

  /** The area has loaded the book's photos (the gallery heading shows). */
  async waitForPhotos(timeoutMs = 20_000): Promise<void> {
    await this.heading()
      .filter({ hasText: /^Photos$/ })
      .waitFor({ timeout: timeoutMs });
    // A book without photos shows its invitation (an empty state) instead of the gallery.
    await this.page
      .locator('#gallery-heading, .photo-import .drop-zone .empty-state')
      .first()
      .waitFor({ timeout: timeoutMs });
  }

  // ---- import ----------------------------------------------------------------------------

  /** The drop zone's file input (what a drop or "Choose photos" fills). */
  input(): Locator {
    return this.page.locator('.photo-import .drop-zone [data-testid="photo-input"]');
  }

  summary(): Locator {
    return this.page.locator('.import-summary');
  }

  progress(): Locator {
    return this.page.locator('.import-progress progress');
  }

  /** Drops files on the area and waits for the summary of that import. */
  async importFiles(files: UploadFile[], timeoutMs = 90_000): Promise<void> {
    if (await this.summary().isVisible()) {
      await this.summary().getByRole('button', { name: 'Close the message' }).click();
      await this.summary().waitFor({ state: 'detached' });
    }
    // The bytes travel base64-encoded over CDP: seconds per 10 MB on a loaded machine.
    await this.input().setInputFiles(files, { timeout: timeoutMs });
    await this.summary().waitFor({ timeout: timeoutMs });
  }

  async addedText(): Promise<string> {
    return ((await this.summary().locator('.import-added').textContent()) ?? '').trim();
  }

  async duplicatesText(): Promise<string> {
    const d = this.summary().locator('.import-duplicates');
    return (await d.count()) === 0 ? '' : ((await d.textContent()) ?? '').trim();
  }

  async failureLines(): Promise<FailureLine[]> {
    const items = await this.summary().locator('.import-failures li').all();
    return Promise.all(
      items.map(async (li) => ({
        name: ((await li.locator('.import-failure-name').textContent()) ?? '').trim(),
        reason: ((await li.locator('.import-failure-reason').textContent()) ?? '').trim(),
      })),
    );
  }

  // ---- gallery ---------------------------------------------------------------------------

  tiles(): Locator {
    return this.page.locator('.gallery .gallery-tile');
  }

  async tileCount(): Promise<number> {
    return this.tiles().count();
  }

  /** Waits until the gallery heading counts `n` photos and `n` tiles have their thumbnails. */
  async waitForGallery(n: number, timeoutMs = 30_000): Promise<void> {
    await this.page
      .locator('#gallery-heading .gallery-count', { hasText: new RegExp(`^${n} photos?$`) })
      .waitFor({ timeout: timeoutMs });
    if (n > 0)
      await this.page
        .locator('.gallery .gallery-tile img')
        .nth(n - 1)
        .waitFor();
    await this.waitForImagesLoaded(this.page.locator('.gallery .gallery-tile img'));
  }

  async tileIds(): Promise<string[]> {
    return this.tiles().evaluateAll((els) => els.map((e) => e.getAttribute('data-photo-id') ?? ''));
  }

  /**
   * For every thumbnail: its shape and a 12×8 grey-level fingerprint of what it shows, computed
   * in the page from the decoded image (the browser applies the stored orientation).
   */
  async thumbnailLooks(): Promise<{ id: string; w: number; h: number; grey: number[] }[]> {
    const handle = this.page.locator('.gallery .gallery-tile img').evaluateAll((imgs) =>
      imgs
        .filter((e): e is HTMLImageElement => e instanceof HTMLImageElement)
        .map((img) => {
          const canvas = document.createElement('canvas');
          canvas.width = 12;
          canvas.height = 8;
          const ctx = canvas.getContext('2d', { willReadFrequently: true });
          ctx?.drawImage(img, 0, 0, 12, 8);
          const data = ctx?.getImageData(0, 0, 12, 8).data ?? new Uint8ClampedArray();
          const grey: number[] = [];
          for (let i = 0; i < data.length; i += 4)
            grey.push(((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 3);
          return {
            id: img.closest('[data-photo-id]')?.getAttribute('data-photo-id') ?? '',
            w: img.naturalWidth,
            h: img.naturalHeight,
            grey,
          };
        }),
    );
    return withTimeout(handle, 15_000, 'reading thumbnails');
  }

  tile(id: string): Locator {
    return this.page.locator(`.gallery-tile[data-photo-id="${id}"]`);
  }

  /** Tiles whose thumbnail could not be opened, marked "Damaged". */
  damagedTiles(): Locator {
    return this.tiles().filter({ has: this.page.locator('.gallery-damaged') });
  }

  async openPhoto(id: string): Promise<void> {
    await this.tile(id).click();
    await this.dialog().waitFor();
  }

  // ---- one photo -------------------------------------------------------------------------

  dialog(): Locator {
    return this.page.locator('dialog.photo-dialog');
  }

  /** The large picture in the photo dialog, once it has been opened. */
  dialogPicture(): Locator {
    return this.dialog().locator('.photo-dialog-picture img');
  }

  /** Said in the dialog instead of the picture when the photo's bytes no longer open. */
  dialogDamagedNotice(): Locator {
    return this.dialog().locator('.photo-dialog-picture .notice');
  }

  captionField(): Locator {
    return this.dialog().getByLabel('In your own words: what is happening in the photo?');
  }

  /**
   * The photo's bytes as stored, through "Save a copy" (a download of the decrypted original;
   * the CSP's connect-src keeps scripts, tests included, from fetching blob: URLs).
   */
  async downloadPhoto(timeoutMs = 15_000): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: timeoutMs }),
      this.dialog().getByRole('link', { name: 'Save a copy of the photo' }).click(),
    ]);
    const file = await withTimeout(download.path(), timeoutMs, 'download.path()');
    return readFile(file);
  }

  async editPhoto(input: { caption?: string; people?: string[]; hide?: boolean }): Promise<void> {
    if (input.caption !== undefined) await this.captionField().fill(input.caption);
    for (const name of input.people ?? [])
      await this.dialog().getByRole('checkbox', { name, exact: true }).check();
    if (input.hide !== undefined)
      await this.dialog().getByRole('checkbox', { name: 'Hide the photo' }).setChecked(input.hide);
    await this.dialog().getByRole('button', { name: 'Save', exact: true }).click();
    await this.dialog().getByText('Saved', { exact: true }).waitFor();
  }

  async closePhoto(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Close', exact: true }).click();
    await this.dialog().waitFor({ state: 'detached' });
  }

  // ---- slideshow -------------------------------------------------------------------------

  slideshowStart(): Locator {
    return this.button('Start the slideshow');
  }

  async chooseSlideshowPerson(name: string): Promise<void> {
    await this.page.getByLabel('Person', { exact: true }).selectOption({ label: name });
  }

  async chooseAllPeople(): Promise<void> {
    await this.page.getByLabel('Person', { exact: true }).selectOption({ label: 'Everyone' });
  }

  async slideshowPersonChoices(): Promise<string[]> {
    const options = await this.page.getByLabel('Person', { exact: true }).locator('option').all();
    return Promise.all(options.map(async (o) => ((await o.textContent()) ?? '').trim()));
  }

  slideshow(): Locator {
    return this.page.locator('dialog.slideshow');
  }

  async startSlideshow(): Promise<void> {
    await this.slideshowStart().click();
    await this.slideshow().waitFor();
    await this.slideshow().locator('img.slide-picture').waitFor();
  }

  async slidePosition(): Promise<string> {
    return ((await this.slideshow().locator('.slide-position').textContent()) ?? '').trim();
  }

  async slideId(): Promise<string> {
    return (await this.slideshow().locator('.slide-picture').getAttribute('data-photo-id')) ?? '';
  }

  async slideCaption(): Promise<string> {
    const c = this.slideshow().locator('.slide-caption');
    return (await c.count()) === 0 ? '' : ((await c.textContent()) ?? '').trim();
  }

  /** Steps through the whole slideshow with the big Next button; returns the ids in order. */
  async allSlides(): Promise<{ id: string; caption: string }[]> {
    const position = await this.slidePosition();
    const total = Number(/of (\d+)$/.exec(position)?.[1] ?? '0');
    const seen: { id: string; caption: string }[] = [];
    for (let i = 1; i <= total; i += 1) {
      await this.slideshow()
        .locator('.slide-position', { hasText: `${i} of ${total}` })
        .waitFor();
      seen.push({ id: await this.slideId(), caption: await this.slideCaption() });
      if (i < total) await this.slideshow().getByRole('button', { name: 'Next' }).click();
    }
    return seen;
  }
}
