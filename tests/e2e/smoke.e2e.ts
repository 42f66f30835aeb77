import assert from 'node:assert/strict';

import { afterEach, beforeEach, describe, it } from 'vitest';

import { expectNoAxeViolations } from './support/axe';
import { launchApp, type LaunchedApp } from './support/browser';
import { AppPage } from './pages/app-page';

describe('start page', () => {
  let app: LaunchedApp;

  beforeEach(async () => {
    app = await launchApp();
  });

  afterEach(async () => {
    await app.close();
  });

  it('renders a heading, passes axe and talks to no other origin', async () => {
    const start = new AppPage(app.page, app.baseURL);
    await start.goto('/', { lang: 'en' });

    const heading = await start.headingText();
    assert.notEqual(heading, '', 'the start page has an empty h1');

    await expectNoAxeViolations(app.page, 'the start page');

    assert.deepEqual(app.foreignRequests(), [], 'requests went to another origin');
    assert.deepEqual(app.pageErrors(), [], 'the page threw uncaught errors');
  });
});
