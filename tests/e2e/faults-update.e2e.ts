import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { startPreview, type PreviewHandle } from '../support/preview-server.mjs';

import { ShelfPage } from './pages/shelf-page';
import {
  launchApp,
  waitForServiceWorkerActivated,
  withTimeout,
  type LaunchedApp,
} from './support/browser';

/**
 * Issue #8, fault 6: the app starts offline while an update is waiting on the server; the update
 * installs once online and applies on reload.
 *
 * Build 2 is build 1 with one precached file changed, as a release that changes the page would:
 * `index.html` gets another title and a marker, and its revision in the service worker's precache
 * manifest changes with it, so the service worker script differs byte for byte and the browser
 * installs it as an update. Both builds are served on the same origin (same port), one after the
 * other, because a service worker and its caches belong to an origin.
 */

const UPDATE_READY = 'A new version of Livsbog is ready.';
const OLD_TITLE = 'Livsbog';
const NEW_TITLE = 'Livsbog (build 2)';

async function makeBuild2(build1: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'livsbog-build2-'));
  await cp(build1, dir, { recursive: true });
  const indexPath = path.join(dir, 'index.html');
  const html = await readFile(indexPath, 'utf8');
  const changed = html
    .replace(`<title>${OLD_TITLE}</title>`, `<title>${NEW_TITLE}</title>`)
    .replace('</head>', '<meta name="livsbog-build" content="2"></head>');
  assert.notEqual(changed, html, 'build 1 has the expected title');
  await writeFile(indexPath, changed);
  const swPath = path.join(dir, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const revision = createHash('md5').update(changed).digest('hex');
  const updated = sw.replace(
    /(\{url:"index\.html",revision:")[0-9a-f]+("\})/,
    (_, head: string, tail: string) => `${head}${revision}${tail}`,
  );
  assert.notEqual(updated, sw, 'the precache manifest lists index.html with a revision');
  await writeFile(swPath, updated);
  return dir;
}

/**
 * What the page runs: the build marker, and whether the service worker serves it. (Not the
 * title: the app sets one per page, issue 15.)
 */
function pageState(app: LaunchedApp) {
  return withTimeout(
    app.page.evaluate(() => ({
      build: document.querySelector('meta[name="livsbog-build"]')?.getAttribute('content') ?? '1',
      controlled: navigator.serviceWorker.controller !== null,
    })),
    15_000,
    'reading the page state',
  );
}

describe('fault 6: offline start with an update pending', () => {
  const build1 = path.resolve(process.env.LIVSBOG_DIST ?? 'dist');
  let build2 = '';
  let server: PreviewHandle | undefined;
  let app: LaunchedApp | undefined;

  beforeAll(async () => {
    build2 = await makeBuild2(build1);
  });

  afterAll(async () => {
    await app?.close();
    await server?.close();
    if (build2) await rm(build2, { recursive: true, force: true });
  });

  it('starts from the cache offline, then installs the update online and runs it after reload', async () => {
    const started = Date.now();
    server = await startPreview({ outDir: build1 });
    const { baseURL } = server;
    const port = Number(new URL(baseURL).port);
    app = await launchApp({ baseURL });
    const shelf = new ShelfPage(app.page, baseURL);

    // Build 1 is installed: its service worker has precached it and serves the page.
    await shelf.open({ lang: 'en' });
    await waitForServiceWorkerActivated(app.page);
    await shelf.reload();
    await shelf.waitForBooks();
    assert.deepEqual(await pageState(app), { build: '1', controlled: true });

    // A new release goes up on the same origin while the device is away from the network.
    await server.close();
    server = await startPreview({ outDir: build2, port });
    assert.equal(server.baseURL, baseURL);
    await app.context.setOffline(true);

    // Offline: the app starts from the cache (build 1) and works.
    const offlineStart = Date.now();
    await shelf.open({ lang: 'en' });
    const offlineMs = Date.now() - offlineStart;
    assert.deepEqual(await pageState(app), { build: '1', controlled: true });
    assert.equal(await shelf.headingText(), 'Livsbog');
    const offlineFetch = await withTimeout(
      app.page.evaluate(() =>
        fetch(`/not-precached-${String(Math.random())}.txt`, { cache: 'no-store' }).then(
          () => 'reached the network',
          () => 'no network',
        ),
      ),
      15_000,
      'checking that the network is gone',
    );
    assert.equal(offlineFetch, 'no network');
    assert.equal(await shelf.banners().getByText(UPDATE_READY).count(), 0);

    // Online again: the browser finds the new service worker, which installs and waits; the
    // page (still build 1) offers the update. "Later" leaves it pending.
    await app.context.setOffline(false);
    const onlineStart = Date.now();
    await shelf.open({ lang: 'en' });
    const prompt = shelf.banners().locator('.notice', { hasText: UPDATE_READY });
    await prompt.waitFor({ timeout: 30_000 });
    const promptMs = Date.now() - onlineStart;
    assert.deepEqual(await pageState(app), { build: '1', controlled: true });
    await prompt.getByRole('button', { name: 'Later' }).click();
    await prompt.waitFor({ state: 'detached' });

    // Offline with the update pending: the app starts from the cache as build 1 again (a waiting
    // worker never takes over by itself) and offers the update once more.
    await app.context.setOffline(true);
    await shelf.open({ lang: 'en' });
    assert.deepEqual(await pageState(app), { build: '1', controlled: true });
    await prompt.waitFor();

    // "Update now", still offline: the new worker already holds build 2, takes over, and the
    // page reloads into it without a network.
    const reloaded = app.page.waitForEvent('load', { timeout: 30_000 });
    await prompt.getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    await shelf.waitForBooks();
    assert.deepEqual(await pageState(app), { build: '2', controlled: true });
    assert.equal(await prompt.count(), 0, 'nothing more to update');

    // A cold start of the browser, offline from the start, runs build 2 as well.
    const userDataDir = app.userDataDir;
    await app.close({ keepProfile: true });
    app = await launchApp({ baseURL, userDataDir, contextOptions: { offline: true } });
    const coldShelf = new ShelfPage(app.page, baseURL);
    await coldShelf.open({ lang: 'en' });
    assert.deepEqual(await pageState(app), { build: '2', controlled: true });
    assert.equal(await coldShelf.banners().getByText(UPDATE_READY).count(), 0);

    assert.deepEqual(app.pageErrors(), []);
    console.log(
      `fault 6: offline start ${String(offlineMs)} ms, update offered ${String(promptMs)} ms after going online, test ${String(Date.now() - started)} ms`,
    );
  });
});
