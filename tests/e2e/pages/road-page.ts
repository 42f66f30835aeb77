import type { Locator } from 'playwright-core';

import { TimelinePage } from './timeline-page';

/**
 * The youngest's timeline: the road of big cards and adding a memory with pictures only,
 * driven with its English labels and taps alone (the context needs `hasTouch`).
 */
export class RoadPage extends TimelinePage {
  road(): Locator {
    return this.page.locator('.timeline-list.timeline-road');
  }

  roadCard(title: string): Locator {
    return this.road()
      .locator('article.road-card')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** Taps "Add to the timeline" and waits for the picture-only form. */
  async tapAdd(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add to the timeline' }).tap();
    await this.heading().filter({ hasText: 'Put a memory on the road' }).waitFor();
  }

  /** Taps a kind's picture tile ("Memory", "Home", …). */
  async tapKind(name: string): Promise<void> {
    await this.page.locator('.kind-choice', { hasText: new RegExp(`^\\S*\\s*${name}`) }).tap();
  }

  async tapFeeling(name: string): Promise<void> {
    await this.page
      .locator('.feeling-picker .choice')
      .filter({ has: this.page.getByRole('radio', { name, exact: true }) })
      .tap();
  }

  photoTiles(): Locator {
    return this.page.locator('.quick-photo-choice');
  }

  /** Taps "Done" and waits for the new entry's own page. */
  async tapDone(title: string, timeoutMs = 15_000): Promise<void> {
    await this.button('Done').tap();
    await this.page.locator('.entry-page h1', { hasText: title }).waitFor({ timeout: timeoutMs });
  }
}
