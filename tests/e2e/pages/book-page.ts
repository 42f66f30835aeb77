import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { AppPage } from './app-page';

export type MeNowField = 'likes' | 'goodAt' | 'proudOf' | 'dreams';

export const meNowFields: readonly MeNowField[] = ['likes', 'goodAt', 'proudOf', 'dreams'];

const meNowLabels: Record<MeNowField, string> = {
  likes: 'I like',
  goodAt: 'I am good at',
  proudOf: 'I am proud of',
  dreams: 'I dream of',
};

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** An open (unlocked) book: its navigation, the lock button and the "Me now" page. */
export class BookPage extends AppPage {
  nav(): Locator {
    return this.page.locator('nav.book-nav');
  }

  async waitForOpen(timeoutMs = 15_000): Promise<void> {
    await this.nav().waitFor({ state: 'visible', timeout: timeoutMs });
  }

  bookName(): Locator {
    return this.page.locator('.book-header .book-name');
  }

  private async navigate(name: string, heading: RegExp | string): Promise<void> {
    await this.nav().getByRole('link', { name, exact: true }).click();
    await this.heading().filter({ hasText: heading }).waitFor();
  }

  async goToMeNow(): Promise<void> {
    await this.navigate('Me now', /^Me now/);
  }

  async goToSettings(): Promise<void> {
    await this.navigate('Settings', 'Settings');
  }

  async goToAboutLock(): Promise<void> {
    await this.navigate('About the lock', 'What does the lock protect?');
  }

  async goToAllBooks(): Promise<void> {
    await this.nav().getByRole('link', { name: 'All books', exact: true }).click();
    await this.page.locator('.shelf').waitFor();
  }

  lockButton(): Locator {
    return this.page.locator('.book-header .lock-button');
  }

  /** Locks the book and waits for the lock screen. */
  async lock(): Promise<void> {
    await this.lockButton().click();
    await this.page.locator('.lock-screen').waitFor();
  }

  // ---- Me now ---------------------------------------------------------------------------

  /** Resolves once "Me now" has decrypted the book's details and shows its form. */
  async waitForMeNow(timeoutMs = 15_000): Promise<void> {
    await this.page.locator('.me-now-form').waitFor({ timeout: timeoutMs });
  }

  meNowField(field: MeNowField): Locator {
    return this.page.locator('.me-now-form').getByLabel(meNowLabels[field], { exact: true });
  }

  async fillMeNow(values: Partial<Record<MeNowField, string>>): Promise<void> {
    for (const field of meNowFields) {
      const value = values[field];
      if (value !== undefined) await this.meNowField(field).fill(value);
    }
  }

  /** The message under the form after saving: "Saved" or a translated error. */
  meNowNotice(): Locator {
    return this.page.locator('.me-now-form .notice');
  }

  /** Presses Save and returns the message it got ("Saved" or an error). */
  async saveMeNow(timeoutMs = 15_000): Promise<{ ok: boolean; text: string }> {
    await this.page.locator('.me-now-form button[type="submit"]').click();
    const notice = this.meNowNotice();
    await notice.waitFor({ timeout: timeoutMs });
    const text = ((await notice.textContent()) ?? '').trim();
    return { ok: (await notice.getAttribute('role')) === 'status', text };
  }

  async meNowValues(): Promise<Record<MeNowField, string>> {
    await this.waitForMeNow();
    const values: Partial<Record<MeNowField, string>> = {};
    for (const field of meNowFields) values[field] = await this.meNowField(field).inputValue();
    return values as Record<MeNowField, string>;
  }

  counts(): Locator {
    return this.page.locator('.me-cover-parts');
  }

  // ---- photos ---------------------------------------------------------------------------

  /** The hidden file input behind "Choose a photo". */
  photoInput(): Locator {
    return this.page.locator('.me-now-photo input[type="file"]');
  }

  portrait(): Locator {
    return this.page.locator('.me-now-photo img.me-now-portrait');
  }

  photoError(): Locator {
    return this.page.locator('.me-now-photo [role="alert"]');
  }

  /** Chooses a file for "A photo of me now", without waiting for the outcome. */
  async choosePhoto(file: UploadFile): Promise<void> {
    await this.photoInput().setInputFiles(file);
  }

  /** Chooses a photo and waits until the new portrait has loaded; throws with the app's message. */
  async uploadPhoto(file: UploadFile, timeoutMs = 30_000): Promise<void> {
    const before = await this.portraitSrc();
    await this.choosePhoto(file);
    const changed = this.page.locator(
      before === undefined
        ? '.me-now-photo img.me-now-portrait'
        : `.me-now-photo img.me-now-portrait:not([src="${before}"])`,
    );
    const outcome = await Promise.race([
      changed.waitFor({ timeout: timeoutMs }).then(() => 'shown' as const),
      this.photoError()
        .waitFor({ timeout: timeoutMs })
        .then(() => 'error' as const),
    ]);
    if (outcome === 'error') {
      throw new Error(`the photo was refused: ${(await this.photoError().textContent()) ?? ''}`);
    }
    await this.waitForImagesLoaded(this.portrait());
  }

  async portraitSrc(): Promise<string | undefined> {
    if ((await this.portrait().count()) === 0) return undefined;
    return (await this.portrait().getAttribute('src')) ?? undefined;
  }

  photoStrip(): Locator {
    return this.page.locator('section.photo-strip');
  }

  thumbnails(): Locator {
    return this.photoStrip().locator('img');
  }

  /** Waits until every image the locator matches has decoded (naturalWidth > 0). */
  async waitForImagesLoaded(images: Locator, timeoutMs = 20_000): Promise<number> {
    const handle = images.evaluateAll(async (elements) => {
      const imgs = elements.filter((e): e is HTMLImageElement => e instanceof HTMLImageElement);
      await Promise.all(
        imgs.map(async (img) => {
          try {
            await img.decode();
          } catch {
            // counted below: a broken image keeps naturalWidth 0
          }
        }),
      );
      return imgs.filter((img) => img.complete && img.naturalWidth > 0).length;
    });
    return withTimeout(handle, timeoutMs, 'waiting for images to load');
  }
}
