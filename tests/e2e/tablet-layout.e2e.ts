import assert from 'node:assert/strict';

import { afterEach, describe, it } from 'vitest';

import { ActionRows, type RowBoxes } from './pages/action-rows';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, type LaunchedApp } from './support/browser';

/** A 1024×768 tablet held sideways, or a small laptop: where the rows wrapped untidily. */
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };

const WORDS = {
  da: { photos: 'Billeder', timeline: 'Tidslinje', search: 'Søg', field: 'Søg i galleriet' },
  en: { photos: 'Photos', timeline: 'Timeline', search: 'Search', field: 'Search the gallery' },
} as const;

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function assertOneLine(where: string, row: RowBoxes, atLeast: number): void {
  assert.ok(
    row.count >= atLeast,
    `${where}: ${String(row.count)} buttons, ${String(atLeast)} expected`,
  );
  assert.equal(
    row.lines.length,
    1,
    `${where}: one line, not ${String(row.lines.length)} (${row.lines.join(', ')})`,
  );
  assert.ok(row.rightmost <= row.rowRight + 0.5, `${where}: every button inside the row`);
}

describe('the action rows at 1024×768', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`keep the photos' and the timeline's buttons on one line (${lang})`, async () => {
      app = await launchApp({ contextOptions: TABLET });
      const words = WORDS[lang];
      const shelf = new ShelfPage(app.page, app.baseURL);
      const rows = new ActionRows(app.page, app.baseURL);
      await shelf.open(lang === 'en' ? { lang } : {});
      await shelf.openSampleBook();

      await rows.openArea(words.photos, '.gallery-tiles img');
      // Photos, a folder, the camera (a touch screen), a paper, a drawing and "Søg".
      assertOneLine('photos', await rows.boxes(rows.photosRow()), 6);
      const toggle = rows.photosRow().getByRole('button', { name: words.search, exact: true });
      await toggle.click();
      const field = app.page.getByRole('searchbox', { name: words.field });
      await field.waitFor();
      assert.ok(await field.evaluate((el) => el === document.activeElement), 'focus in the field');
      await app.page.keyboard.press('Escape');
      await field.waitFor({ state: 'detached' });
      assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'focus back on Søg');

      await rows.openArea(words.timeline, '.entry-card');
      // Add, draw, homes, schools and the bin.
      assertOneLine('timeline', await rows.boxes(rows.timelineRow()), 5);
    });
  }
});
