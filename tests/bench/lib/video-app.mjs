/**
 * The video rows of the media scenario measured through the app's own paths on a production
 * build: tests/bench/page/video.html is built with the app's vite.config.ts (minified, workers
 * bundled, the CSP the app ships) into a directory of its own under /tmp and served by Vite's
 * preview server. One fresh profile per size; every step's peak RSS above idle comes from the
 * memory sampler of the Chromium process tree (lib/memory.mjs).
 */
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { build, preview } from 'vite';

import { withTimeout } from '../../support/with-timeout.mjs';
import { benchVideo } from './bench-video.mjs';
import { round } from './measure.mjs';
import { measureStep } from './memory.mjs';

const PAGE = 'tests/bench/page/video.html';
const STEP_TIMEOUT_MS = 20 * 60_000;

/** Builds the page as production (the app's config, this page as the only input) and serves it. */
export async function serveVideoPage(root) {
  const outDir = path.join(os.tmpdir(), `livsbog-video-bench-${process.pid}`);
  await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: path.join(root, PAGE) } },
  });
  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

function call(page, method) {
  return page.evaluate((m) => globalThis.livsbogVideoBench[m](), method);
}

async function openPage(page, url) {
  page.on('console', (message) => {
    if (message.text().startsWith('[video]')) console.log(`    ${message.text()}`);
  });
  page.on('pageerror', (error) => console.log(`    page error: ${error.message}`));
  await page.goto(`${url}/${PAGE}`);
  await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
  return page.context().newCDPSession(page);
}

/** The rows of one size: import, export, pack check and pack import, each MB/s and peak RSS. */
export async function benchVideoApp(launch, url, megabytes) {
  const file = await benchVideo(megabytes);
  const app = await launch({ baseURL: url });
  try {
    const page = app.page;
    const cdp = await openPage(page, url);
    await withTimeout(call(page, 'seed'), 120_000, 'seed');
    // Playwright hands a local Chromium the path: the File's bytes stay on disk, as a pick's do.
    await page.locator('#video-file').setInputFiles(file);
    const step = async (label, method) => {
      const r = await measureStep(label, page, cdp, app.userDataDir, (p) => call(p, method), {
        timeoutMs: STEP_TIMEOUT_MS,
      });
      if (r.error) throw r.error;
      return r;
    };
    const imported = await step('importVideos', 'importVideo');
    const exported = await step('export', 'exportVideoPack');
    const checked = await step('pack check', 'checkVideoPack');
    if (!(await withTimeout(call(page, 'packVideoMatches'), 300_000, 'hash'))) {
      throw new Error('the video in the pack is not the stored video byte for byte');
    }
    const packImported = await step('pack import', 'importVideoPack');
    await withTimeout(call(page, 'cleanup'), 120_000, 'cleanup');
    await cdp.detach().catch(() => undefined);

    const at = `${megabytes} MB video (real MP4)`;
    const rate = (r) => round(r.result.megabytes / r.result.seconds, 1);
    const peak = (r) => Math.round(r.peakAboveMB);
    return [
      { metric: `${at}: import, importVideos (sniff, clean, poster, addMedia)`, value: rate(imported), unit: 'MB/s' }, // prettier-ignore
      { metric: `${at}: import, importVideos: peak RSS above idle`, value: peak(imported), unit: 'MB' }, // prettier-ignore
      { metric: `${at}: export, runExport (worker, exportPack → OPFS file), video bytes`, value: rate(exported), unit: 'MB/s' }, // prettier-ignore
      { metric: `${at}: export, runExport: peak RSS above idle`, value: peak(exported), unit: 'MB' }, // prettier-ignore
      { metric: `${at}: pack import, checkPack (worker reads and checks the zip), zip bytes`, value: rate(checked), unit: 'MB/s' }, // prettier-ignore
      { metric: `${at}: pack import, checkPack: peak RSS above idle`, value: peak(checked), unit: 'MB' }, // prettier-ignore
      { metric: `${at}: pack import, importPack as a new book (pieces sealed and stored)`, value: rate(packImported), unit: 'MB/s' }, // prettier-ignore
      { metric: `${at}: pack import, importPack: peak RSS above idle`, value: peak(packImported), unit: 'MB' }, // prettier-ignore
    ];
  } finally {
    await app.close();
  }
}
