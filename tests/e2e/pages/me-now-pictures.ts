import type { Locator } from 'playwright-core';

import { BookPage } from './book-page';

/**
 * "Me now" chosen by picture, driven with its English labels and taps alone (the context needs
 * `hasTouch`): how I feel now, things I like, and both on the cover.
 */
export class MeNowPictures extends BookPage {
  feelings(): Locator {
    return this.page.getByRole('group', { name: 'How I feel now' });
  }

  likes(): Locator {
    return this.page.getByRole('region', { name: 'Things I like' });
  }

  cover(): Locator {
    return this.page.locator('.me-cover');
  }

  /** Taps a feeling's tile and waits until it is saved (announced). */
  async tapFeeling(name: string): Promise<void> {
    await this.feelings()
      .locator('.choice')
      .filter({ has: this.page.getByRole('radio', { name, exact: true }) })
      .tap();
    await this.page
      .getByRole('status')
      .filter({ hasText: `Saved: ${name}` })
      .waitFor();
  }

  /** Taps a tab of the like pictures ("Food"), then a picture ("pizza"), and waits for it to be chosen. */
  async tapLike(tab: string, word: string): Promise<void> {
    await this.likes().getByRole('tab', { name: tab }).tap();
    await this.likes().getByRole('button', { name: word, exact: true }).tap();
    await this.likes()
      .getByRole('list', { name: 'My pictures' })
      .getByRole('button', { name: `Take ${word} away` })
      .waitFor();
  }
}
