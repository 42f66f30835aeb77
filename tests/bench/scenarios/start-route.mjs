import { gzipSync } from 'node:zlib';

import { withTimeout } from '../../support/with-timeout.mjs';
import { kilobytes, median, round, waitForInteractiveMark } from '../lib/measure.mjs';

export const name = 'start-route';

const coldLoads = 5;
// Work started by the interactive mark (service worker registration, idle prefetch) still
// belongs to the load; half a second catches it without waiting for idle forever.
const settleMs = 500;

function isJavaScript(response) {
  const type = response.request().resourceType();
  const contentType = response.headers()['content-type'] ?? '';
  return type === 'script' || /javascript|ecmascript/.test(contentType);
}

/** Every JS file the start route loads in a fresh profile, gzipped at level 9 and summed. */
async function firstLoadJs(page, baseURL) {
  /** @type {Map<string, Promise<Buffer>>} */
  const bodies = new Map();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(baseURL) || !isJavaScript(response) || bodies.has(url)) return;
    // The worker script is fetched by the browser for the worker, not run by the page.
    if (response.request().serviceWorker() !== null) return;
    bodies.set(url, response.body());
  });

  await page.goto(`${baseURL}/`, { waitUntil: 'load' });
  await waitForInteractiveMark(page);
  await page.waitForTimeout(settleMs);

  let raw = 0;
  let gzip = 0;
  const files = [];
  for (const [url, body] of bodies) {
    const bytes = await withTimeout(body, 10_000, `reading ${url}`);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    files.push({ path: new URL(url).pathname, raw: bytes.length, gzip: zipped });
  }
  files.sort((a, b) => b.gzip - a.gzip);
  for (const file of files) {
    console.log(`  ${file.path}: ${kilobytes(file.raw)} kB raw, ${kilobytes(file.gzip)} kB gzip`);
  }

  return [
    { scenario: name, metric: 'first-load JS (gzip)', value: kilobytes(gzip), unit: 'KB' },
    { scenario: name, metric: 'first-load JS (raw)', value: kilobytes(raw), unit: 'KB' },
    { scenario: name, metric: 'first-load JS files', value: files.length, unit: 'count' },
  ];
}

/** Installed before any page script, so long tasks from the very first parse are seen. */
function observeLongTasks() {
  const tasks = [];
  Object.defineProperty(globalThis, '__livsbogLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the metric reads 0 rather than failing the run.
  }
}

async function coldLoad(launch, baseURL) {
  const app = await launch();
  try {
    await app.context.addInitScript(observeLongTasks);
    await app.page.goto(`${baseURL}/`, { waitUntil: 'load' });
    const interactive = await waitForInteractiveMark(app.page);
    await app.page.waitForTimeout(settleMs);
    const longest = await withTimeout(
      app.page.evaluate(() => Math.max(0, ...(globalThis.__livsbogLongTasks ?? []))),
      10_000,
      'reading long tasks',
    );
    return { interactive, longest };
  } finally {
    await app.close();
  }
}

export async function run({ page, baseURL, launch }) {
  const rows = await firstLoadJs(page, baseURL);

  const runs = [];
  for (let i = 0; i < coldLoads; i += 1) {
    const result = await coldLoad(launch, baseURL);
    console.log(
      `  cold load ${i + 1}: interactive at ${round(result.interactive)} ms, longest long task ${round(result.longest)} ms`,
    );
    runs.push(result);
  }

  rows.push(
    {
      scenario: name,
      metric: `time to interactive (median of ${coldLoads} cold loads)`,
      value: round(median(runs.map((r) => r.interactive))),
      unit: 'ms',
    },
    {
      scenario: name,
      metric: `longest long task during load (median of ${coldLoads})`,
      value: round(median(runs.map((r) => r.longest))),
      unit: 'ms',
    },
    {
      scenario: name,
      metric: `longest long task during load (worst of ${coldLoads})`,
      value: round(Math.max(...runs.map((r) => r.longest))),
      unit: 'ms',
    },
  );
  return rows;
}
