import type { Locator } from 'playwright-core';

import { withTimeout } from '../../support/with-timeout.mjs';

import { AppPage } from './app-page';

/**
 * The friendly empty state every list shows before anything is in it (components/empty-state.tsx):
 * a picture, one sentence and one big action. Found by its class, since it has no role of its own.
 */
export class EmptyStatePage extends AppPage {
  emptyState(): Locator {
    return this.page.locator('main .empty-state').first();
  }

  /** The one big action: the link or button in the empty state's action row. */
  action(): Locator {
    return this.emptyState().locator('.empty-state-action').locator('a, button');
  }

  /** Waits for the empty state and says what it shows; a bundled picture must have loaded. */
  async read(
    timeoutMs = 15_000,
  ): Promise<{ text: string; action: string; pictureLoaded: boolean }> {
    const box = this.emptyState();
    await box.waitFor({ timeout: timeoutMs });
    const text = ((await box.locator('.empty-state-text').textContent()) ?? '').trim();
    // Its words as a screen reader hears them: the pictures beside them are aria-hidden.
    const action = await withTimeout(
      this.action().evaluate((el) => {
        const copy = el.cloneNode(true) as Element;
        for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
        return copy.textContent.trim();
      }),
      timeoutMs,
      'reading the empty state action',
    );
    const pictureLoaded = await withTimeout(
      box.locator('.empty-state-picture').evaluate(async (picture) => {
        const img = picture.querySelector('img');
        // A drawing of its own (the timeline's road) is inline SVG: nothing to load.
        if (img === null) return picture.querySelector('svg') !== null;
        await img.decode().catch(() => undefined);
        return img.complete && img.naturalWidth > 0 && img.alt === '';
      }),
      timeoutMs,
      'reading the empty state picture',
    );
    return { text, action, pictureLoaded };
  }
}
