import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { BookPage } from './book-page';

/** Where a row's visible buttons lie: one top per line they take, and the row's own edges. */
export interface RowBoxes {
  /** The distinct tops (rounded px) of the visible buttons and links: one per line. */
  lines: number[];
  /** How many buttons and links are visible in the row. */
  count: number;
  /** The row's edges, and the furthest right any of its buttons reaches. */
  rowLeft: number;
  rowRight: number;
  rightmost: number;
}

/**
 * The rows of buttons at the top of the photos page and the timeline, in either language, measured
 * by their element boxes: is the row one line, does it stay inside its box.
 */
export class ActionRows extends BookPage {
  /** The photos' ways in: photos, folder, camera, paper, drawing and, on a wide screen, "Søg". */
  photosRow(): Locator {
    return this.page.locator('.photo-import .photo-actions');
  }

  timelineRow(): Locator {
    return this.page.locator('nav.timeline-actions');
  }

  /** The gallery's search toggle ("Søg", "Search"), wherever the screen puts it. */
  searchToggle(name: string): Locator {
    return this.page.locator('.photos-area').getByRole('button', { name, exact: true });
  }

  async openArea(link: string, firstContent: string): Promise<void> {
    await this.nav().getByRole('link', { name: link, exact: true }).click();
    await this.page.locator(firstContent).first().waitFor({ timeout: 30_000 });
  }

  async boxes(row: Locator): Promise<RowBoxes> {
    return withTimeout(
      row.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const items = [...el.querySelectorAll(':scope > button, :scope > a')].filter(
          (b) => b.getBoundingClientRect().width > 0,
        );
        const tops = items.map((b) => Math.round(b.getBoundingClientRect().top));
        return {
          lines: [...new Set(tops)].sort((a, b) => a - b),
          count: items.length,
          rowLeft: box.left,
          rowRight: box.right,
          rightmost: Math.max(...items.map((b) => b.getBoundingClientRect().right)),
        };
      }),
      10_000,
      'measuring a row of buttons',
    );
  }
}
