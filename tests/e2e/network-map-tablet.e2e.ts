import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { measureMap } from './pages/map-sizes';
import { PeoplePage } from './pages/people-page';
import { launchApp, type LaunchedApp } from './support/browser';

/** The sample book and four more people (twelve) on a 1024×768 tablet: readable at first sight. */
describe('the network map on a tablet', () => {
  let app: LaunchedApp;
  let people: PeoplePage;

  beforeAll(async () => {
    app = await launchApp({
      contextOptions: { viewport: { width: 1024, height: 768 }, hasTouch: true },
    });
    people = new PeoplePage(app.page, app.baseURL);
    await people.goto('/', { lang: 'en' });
    await people.button('See a sample book').click();
    await app.page.waitForURL(/\/book\/[^/]+$/, { timeout: 110_000 });
    await people.heading().first().waitFor();
    await people.goToPeople();
    for (const name of ['Ayo', 'Bea', 'Cato', 'Dina']) await people.addPerson({ name });
    await people.goToMap();
    await app.page.waitForFunction(
      () => document.querySelector('.net-map-frame')?.hasAttribute('data-scale') === true,
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it('draws names and ring labels at least 12 px and people at least 44×44 px', async () => {
    const sizes = await measureMap(app.page);
    assert.ok(sizes.targets.length >= 12, `${String(sizes.targets.length)} people on the map`);
    assert.ok(sizes.labels.length >= 3);
    for (const l of sizes.labels) assert.ok(l.px >= 12 - 0.01, `${l.text ?? ''} is ${l.px} px`);
    for (const t of sizes.targets) {
      // Subpixel rounding of the box: 43.9994 is 44.
      assert.ok(
        t.width >= 44 - 0.01 && t.height >= 44 - 0.01,
        `${t.id ?? ''} is ${t.width}×${t.height}`,
      );
    }
  });
});
