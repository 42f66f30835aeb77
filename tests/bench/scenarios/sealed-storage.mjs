import { createServer } from 'vite';

import { withTimeout } from '../../support/with-timeout.mjs';
import { median, round } from '../lib/measure.mjs';

export const name = 'sealed-storage';

/** Unlock as a user feels it: the sample book (Argon2id) from "Unlock" to "Me now". */
async function uiUnlock(page, baseURL) {
  await page.goto(`${baseURL}/?lang=en`);
  await page.getByRole('button', { name: 'See a sample book' }).click();
  await page.getByRole('heading', { name: /Me now/ }).waitFor({ timeout: 120_000 });
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    await page.getByRole('button', { name: 'Lock the book' }).click();
    await page.getByLabel('Your secret sentence').fill('sol hest kage båd');
    const t0 = Date.now();
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('heading', { name: /Me now/ }).waitFor({ timeout: 30_000 });
    times.push(Date.now() - t0);
  }
  return median(times);
}

export async function run({ page, baseURL, launch }) {
  const rows = [];
  rows.push({
    metric: 'unlock in the app, sentence → Me now (median of 5)',
    value: await uiUnlock(page, baseURL),
    unit: 'ms',
  });

  // The storage code itself, measured through Vite's dev server on the real sources. No file
  // watching or HMR: a source saved meanwhile (on a shared machine) would reload the page mid-run.
  const server = await createServer({
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const devURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const app = await launch({ baseURL: devURL });
    const bench = app.page;
    await bench.goto(`${devURL}/tests/bench/page/storage.html`);
    await bench.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    const unlock = await withTimeout(
      bench.evaluate(() => globalThis.livsbogBench.unlockTimes(5)),
      120_000,
      'unlockTimes',
    );
    rows.push({
      metric: `key unwrap, ${unlock.kdf} (median of 5)`,
      value: round(unlock.medianMs, 0),
      unit: 'ms',
    });
    rows.push({
      metric: `key unwrap, ${unlock.legacyKdf}, books wrapped before Argon2id (median of 5)`,
      value: round(unlock.legacyMedianMs, 0),
      unit: 'ms',
    });

    const photoCount = 40;
    const photoMB = 3;
    const results = [];
    for (let i = 0; i < 3; i += 1) {
      results.push(
        await withTimeout(
          bench.evaluate(
            ([n, mb]) => globalThis.livsbogBench.sealThroughput(n, mb),
            [photoCount, photoMB],
          ),
          300_000,
          'sealThroughput',
        ),
      );
    }
    const plain = median(results.map((r) => r.plainMBps));
    const sealed = median(results.map((r) => r.sealedMBps));
    rows.push({
      metric: `plain Blob writes, ${photoCount} × ${photoMB} MB photos (median of 3)`,
      value: round(plain, 1),
      unit: 'MB/s',
    });
    rows.push({
      metric: `sealed photo writes (addPhotos), same bytes (median of 3)`,
      value: round(sealed, 1),
      unit: 'MB/s',
    });
    rows.push({
      metric: 'sealed ÷ plain write throughput',
      value: round(sealed / plain, 2),
      unit: 'ratio',
    });
  } finally {
    await server.close();
  }
  return rows;
}
