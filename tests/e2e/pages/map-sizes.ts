import type { Page } from 'playwright-core';

import { withTimeout } from '../support/browser';

export interface MapSizes {
  /** Every person's name and ring label: its rendered font size in CSS px. */
  labels: { text: string | null; px: number }[];
  /** Every person on the map: the box of its tap target in CSS px. */
  targets: { id: string | undefined; width: number; height: number }[];
}

/**
 * The network map as drawn at its current zoom: each label's font size times the SVG's scale
 * (the screen CTM), and each person's box. Issue 15: names and ring labels at least 12 px and
 * people at least 44 × 44 px at the default zoom, on a phone and on a tablet.
 */
export function measureMap(page: Page): Promise<MapSizes> {
  return withTimeout(
    page.evaluate(() => {
      const px = (el: SVGGraphicsElement) =>
        parseFloat(getComputedStyle(el).fontSize) * (el.getScreenCTM()?.a ?? 0);
      const labels = [
        ...document.querySelectorAll<SVGTextElement>(
          '.net-map .net-node-label, .net-map .net-ring-label',
        ),
      ].map((el) => ({ text: el.textContent, px: px(el) }));
      const targets = [...document.querySelectorAll<SVGGElement>('.net-map g.net-node')].map(
        (el) => {
          const r = el.getBoundingClientRect();
          return { id: el.dataset.personId, width: r.width, height: r.height };
        },
      );
      return { labels, targets };
    }),
    10_000,
    'measuring the map',
  );
}
