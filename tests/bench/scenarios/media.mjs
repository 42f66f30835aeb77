import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { createServer } from 'vite';

import { withTimeout } from '../../support/with-timeout.mjs';
import { round } from '../lib/measure.mjs';
import { measureStep } from '../lib/memory.mjs';
import { benchVideoApp, serveVideoPage } from '../lib/video-app.mjs';

/**
 * A big item (voice note, video, paper) stored in sealed 4 MiB pieces through the app's
 * addMedia and read back through openMediaStream (page: tests/bench/page/media.html, on Vite's
 * dev server so it runs the real src/db). One fresh profile per size; the rows are MB/s of clear
 * bytes and the Chromium process tree's peak RSS above idle, so the memory of a 100 MB and a
 * 500 MB file can be compared: flat means no step holds the file whole.
 *
 * Then a real MP4 of each size (ffmpeg, with a place written by exiftool; lib/bench-video.mjs)
 * goes through the app's own paths on a production build of tests/bench/page/video.html
 * (lib/video-app.mjs): importVideos, the pack's export, its check and its import; the last rows
 * are each step's peak memory at the largest size divided by that at the smallest.
 * `LIVSBOG_BENCH_MEDIA_MB=16,64` for a quick check; `LIVSBOG_BENCH_MEDIA_STEPS=app` leaves out
 * the storage rows (addMedia, openMediaStream), `store` the app's.
 */
export const name = 'media';

const SIZES = (process.env.LIVSBOG_BENCH_MEDIA_MB ?? '100,500')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isFinite(n) && n > 0);
const STEPS = process.env.LIVSBOG_BENCH_MEDIA_STEPS ?? 'all';
const STEP_TIMEOUT_MS = 20 * 60_000;

async function benchSize(launch, devURL, megabytes) {
  const at = `${megabytes} MB video`;
  const app = await launch({ baseURL: devURL });
  try {
    const page = app.page;
    page.on('console', (message) => {
      if (message.text().startsWith('[media]')) console.log(`    ${message.text()}`);
    });
    await page.goto(`${devURL}/tests/bench/page/media.html`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 120_000 });
    const cdp = await page.context().newCDPSession(page);
    await withTimeout(
      page.evaluate((mb) => globalThis.livsbogMediaBench.seed(mb), megabytes),
      STEP_TIMEOUT_MS,
      'seed',
    );
    const step = (label, fn) =>
      measureStep(label, page, cdp, app.userDataDir, fn, { timeoutMs: STEP_TIMEOUT_MS });
    const stored = await step('addMedia', (p) =>
      p.evaluate(() => globalThis.livsbogMediaBench.store()),
    );
    if (stored.error) throw stored.error;
    const read = await step('openMediaStream', (p) =>
      p.evaluate(() => globalThis.livsbogMediaBench.readBack()),
    );
    if (read.error) throw read.error;
    await withTimeout(
      page.evaluate(() => globalThis.livsbogMediaBench.cleanup()),
      120_000,
      'cleanup',
    );
    await cdp.detach().catch(() => undefined);
    const rate = (r) => round(r.megabytes / r.seconds, 1);
    return [
      {
        metric: `${at}: store, addMedia (seal + SHA-256 + 4 MiB pieces)`,
        value: rate(stored.result),
        unit: 'MB/s',
      },
      {
        metric: `${at}: store, addMedia: peak RSS above idle`,
        value: Math.round(stored.peakAboveMB),
        unit: 'MB',
      },
      {
        metric: `${at}: read back, openMediaStream (open every piece)`,
        value: rate(read.result),
        unit: 'MB/s',
      },
      {
        metric: `${at}: read back, openMediaStream: peak RSS above idle`,
        value: Math.round(read.peakAboveMB),
        unit: 'MB',
      },
    ];
  } finally {
    // Deletes the profile, and with it anything of IndexedDB or OPFS a failure left behind.
    await app.close();
  }
}

async function storageRows(launch) {
  // Own dependency cache: a scan from this page must not disturb a dev server running elsewhere.
  const cacheDir = path.join(os.tmpdir(), `livsbog-media-vite-${process.pid}`);
  const server = await createServer({
    logLevel: 'warn',
    cacheDir,
    // No watcher and no HMR: an edit to src/ during the run must not reload the page.
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
    optimizeDeps: { entries: ['tests/bench/page/media.html'] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const devURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const rows = [];
  try {
    for (const mb of SIZES) {
      console.log(`  ${mb} MB`);
      rows.push(...(await benchSize(launch, devURL, mb)));
    }
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
  return rows;
}

/** Each "peak RSS above idle" row of the app's steps at the largest size ÷ the smallest. */
function memoryRatios(rows) {
  if (SIZES.length < 2) return [];
  const small = Math.min(...SIZES);
  const large = Math.max(...SIZES);
  const prefix = (mb) => `${mb} MB video (real MP4): `;
  return rows
    .filter((r) => r.unit === 'MB' && r.metric.startsWith(prefix(large)))
    .flatMap((r) => {
      const step = r.metric.slice(prefix(large).length).replace(': peak RSS above idle', '');
      const base = rows.find((b) => b.metric === `${prefix(small)}${r.metric.slice(prefix(large).length)}`); // prettier-ignore
      if (!base || base.value <= 0) return [];
      return [
        {
          metric: `real MP4, ${step}: peak RSS above idle, ${large} MB ÷ ${small} MB`,
          value: round(r.value / base.value, 2),
          unit: 'ratio',
        },
      ];
    });
}

async function appRows(launch) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
  const server = await serveVideoPage(root);
  const rows = [];
  try {
    for (const mb of SIZES) {
      console.log(`  ${mb} MB real MP4 through the app (production build)`);
      rows.push(...(await benchVideoApp(launch, server.url, mb)));
    }
  } finally {
    await server.close();
  }
  return [...rows, ...memoryRatios(rows)];
}

export async function run({ launch }) {
  if (SIZES.length === 0) throw new Error('LIVSBOG_BENCH_MEDIA_MB names no size');
  const rows = [];
  if (STEPS !== 'app') rows.push(...(await storageRows(launch)));
  if (STEPS !== 'store') rows.push(...(await appRows(launch)));
  return rows;
}
