import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { EmptyStatePage } from './pages/empty-state';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import { randomPhoto } from './support/png';

/*
 * Every list that can be empty shows a bundled picture, one friendly sentence and one big action
 * (components/empty-state.tsx), and that action does the obvious next thing. One new book, in
 * English at 1024 × 768, walked from the empty shelf through each empty page.
 */
describe('empty pages', () => {
  let app: LaunchedApp;
  let empty: EmptyStatePage;
  let base = '';

  beforeAll(async () => {
    app = await launchApp();
    empty = new EmptyStatePage(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  /** In-app navigation, as a link would: loading the page again would lock the book. */
  async function visit(path: string, heading: RegExp): Promise<void> {
    await withTimeout(
      app.page.evaluate((to) => {
        history.pushState({}, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path),
      10_000,
      `going to ${path}`,
    );
    await empty.heading().filter({ hasText: heading }).waitFor();
  }

  async function expectEmpty(action: string, text: RegExp): Promise<void> {
    const seen = await empty.read();
    assert.ok(seen.pictureLoaded, `the picture shows (${action})`);
    assert.match(seen.text, text);
    assert.equal(seen.action, action);
    assert.equal(await empty.action().count(), 1, 'one big action');
  }

  it('the empty shelf makes a new book', async () => {
    await new ShelfPage(app.page, app.baseURL).open({ lang: 'en' });
    await expectEmpty('Make a new book', /no books here yet/);
    await expectNoAxeViolations(app.page, 'the empty shelf');
    await empty.action().click();
    const wizard = new CreateBookPage(app.page, app.baseURL);
    await wizard.heading().filter({ hasText: 'Make a new book' }).waitFor();
    const { bookId } = await wizard.create({ nickname: 'Ida', birthDate: { year: 2016 } });
    base = `/book/${bookId}`;
  });

  it('the empty timeline, homes and bin lead to adding a home and back to the timeline', async () => {
    await visit(`${base}/timeline`, /^Timeline$/);
    await expectEmpty('Add your home now', /timeline is empty/);
    await empty.action().click();
    await app.page.waitForURL(/\/timeline\/new\?kind=home$/);

    await visit(`${base}/timeline/homes`, /Where I have lived/);
    await expectEmpty('Add a home', /no homes/);
    await empty.action().click();
    await app.page.waitForURL(/\/timeline\/new\?kind=home$/);

    await visit(`${base}/timeline/bin`, /The bin/);
    await expectEmpty('See your timeline', /bin is empty/);
    await empty.action().click();
    await empty
      .heading()
      .filter({ hasText: /^Timeline$/ })
      .waitFor();
  });

  it('the empty people page, network map and family tree lead to adding a person', async () => {
    await visit(`${base}/people/map`, /Network map/);
    await expectEmpty('Add a person', /appear on the map/);
    await empty.action().click();
    await empty.heading().filter({ hasText: 'Add a person' }).waitFor();

    await visit(`${base}/people/family`, /Family tree/);
    await expectEmpty('Go to your people', /no family links/);
    await empty.action().click();
    await empty
      .heading()
      .filter({ hasText: /^People$/ })
      .waitFor();

    await expectEmpty('Add a person', /no people in the book/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await withTimeout(app.page.emulateMedia({ colorScheme }), 10_000, 'emulating a scheme');
      await expectNoAxeViolations(app.page, `the empty people page (${colorScheme})`);
    }
    await withTimeout(app.page.emulateMedia({ colorScheme: 'light' }), 10_000, 'back to light');
    await empty.action().click();
    await empty.heading().filter({ hasText: 'Add a person' }).waitFor();
  });

  it('the empty photos page chooses photos, and then shows them instead', async () => {
    await visit(`${base}/photos`, /^Photos$/);
    await expectEmpty('Choose photos', /photos of yourself/);
    const chooser = app.page.waitForEvent('filechooser', { timeout: 15_000 });
    await empty.action().click();
    await (await chooser).setFiles(randomPhoto(240, 180, 'first.png'));
    await app.page.locator('.gallery .gallery-tile img').first().waitFor({ timeout: 60_000 });
    await empty.emptyState().waitFor({ state: 'detached' });
  });

  it('bringing in a moving pack with nothing chosen yet opens the file chooser', async () => {
    await visit('/import', /moving pack/i);
    await expectEmpty('Choose a moving pack', /file with a life story book/);
    const chooser = app.page.waitForEvent('filechooser', { timeout: 15_000 });
    await empty.action().click();
    assert.equal((await chooser).isMultiple(), false, 'one pack at a time');
  });
});
