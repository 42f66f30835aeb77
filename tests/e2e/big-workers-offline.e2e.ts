import assert from 'node:assert/strict';

import { afterEach, beforeEach, it } from 'vitest';

import { ShelfPage } from './pages/shelf-page';
import {
  launchApp,
  waitForServiceWorkerActivated,
  withTimeout,
  type LaunchedApp,
} from './support/browser';

const LIBHEIF = '/vendor/libheif/libheif.js';

let app: LaunchedApp;
beforeEach(async () => {
  app = await launchApp();
});
afterEach(async () => {
  await app.close();
});

/** Whether the service worker's caches hold the URL, and the bytes a fetch of it returns. */
async function cachedAndFetched(url: string): Promise<{ cached: boolean; bytes: number }> {
  return withTimeout(
    app.page.evaluate(async (u) => {
      const cached = (await caches.match(u)) !== undefined;
      let bytes = -1;
      try {
        const response = await fetch(u);
        bytes = response.ok ? (await response.arrayBuffer()).byteLength : -1;
      } catch {
        bytes = -1;
      }
      return { cached, bytes };
    }, url),
    30_000,
    `fetching ${url}`,
  );
}

it('installs without the HEIC decoder, caches it on first use and serves it offline after', async () => {
  const shelf = new ShelfPage(app.page, app.baseURL);
  await shelf.open({ lang: 'en' });
  await waitForServiceWorkerActivated(app.page);
  // Controlled by the worker from here on.
  await shelf.open({ lang: 'en' });

  const first = await cachedAndFetched(LIBHEIF);
  assert.equal(first.cached, false, 'the 3 MB decoder is not installed with the app');
  assert.ok(first.bytes > 1_000_000, `the decoder loads online (${first.bytes} bytes)`);

  await app.context.setOffline(true);
  await shelf.open({ lang: 'en' });
  const offline = await cachedAndFetched(LIBHEIF);
  assert.equal(offline.cached, true, 'used once, the decoder is in the cache');
  assert.equal(offline.bytes, first.bytes, 'and it comes from there without a network');
});
