/* global document, window, requestAnimationFrame, MutationObserver, HTMLButtonElement -- the functions passed to page.evaluate run in the page */
import http from 'node:http';

import { createServer, preview } from 'vite';

import { withTimeout } from '../../support/with-timeout.mjs';
import { median, round } from '../lib/measure.mjs';

export const name = 'timeline';

const ENTRY_COUNT = 5000;
const SENTENCE = 'bench tidslinje sol hest';
const RUNS = 5;

/**
 * Seeds a book with `count` sealed entries through the app's own storage code (src/db), loaded
 * by Vite's dev server into a page of the same origin as the app that is measured afterwards.
 * Runs in the browser.
 */
async function seedBook({ count, sentence }) {
  const books = await import('/src/db/books-repo.ts');
  const records = await import('/src/db/records-repo.ts');
  const entriesRepo = await import('/src/db/entries-repo.ts');
  const { generateRecoveryCode } = await import('/src/crypto/recovery-code.ts');
  const { newId } = await import('/src/domain/ids.ts');

  const birth = { year: 2008, month: 4, day: 2 };
  const bookId = await books.createBook({
    cover: { nickname: 'Bench', emoji: '⭐', colour: 'sun', locale: 'en', ageMode: 'middle' },
    details: { birthDate: birth },
    sentence,
    recoveryCode: generateRecoveryCode(),
  });

  // A fixed pseudo-random sequence, so every run seeds the same book.
  let state = 42;
  const rand = (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const words =
    'sol hest kage båd skole hjem mor far ven hav skov sne sommer bil bog kat hund'.split(' ');
  const text = (n) => Array.from({ length: n }, () => words[rand(words.length)]).join(' ');
  const moments = ['event', 'memory', 'letter', 'dream'];
  const periods = ['home', 'school', 'leisure'];
  const seasons = ['winter', 'spring', 'summer', 'autumn'];
  const feelings = ['😄', '😊', '🥰', '😢', '😠', ''];
  const now = new Date().toISOString();

  const make = (i) => {
    const year = 2008 + rand(19);
    const shape = rand(4);
    const date =
      shape === 0
        ? { year }
        : shape === 1
          ? { year, season: seasons[rand(4)] }
          : shape === 2
            ? { year, month: 1 + rand(12) }
            : { year, month: 1 + rand(12), day: 1 + rand(28) };
    const isPeriod = i % 12 === 0;
    const kind = isPeriod ? periods[rand(3)] : moments[rand(4)];
    const entry = {
      id: newId(),
      bookId,
      kind,
      title: `${text(3)} ${i}`,
      text: text(20 + rand(120)),
      personIds: [],
      photoIds: [],
      author: rand(3) === 0 ? { kind: 'adult', name: 'Hanne' } : { kind: 'child' },
      visibility: rand(10) === 0 ? 'only-me' : 'book',
      createdAt: now,
      updatedAt: now,
    };
    const feeling = feelings[rand(feelings.length)];
    if (feeling) entry.feeling = feeling;
    if (isPeriod) {
      entry.period =
        rand(5) === 0
          ? { start: date, ongoing: true }
          : { start: date, end: { year: Math.min(2026, year + 1 + rand(4)) } };
      if (kind === 'home') {
        entry.place = text(2);
        entry.protected = rand(2) === 0;
      }
    } else entry.date = date;
    return entry;
  };

  const t0 = performance.now();
  for (let i = 0; i < count; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 500); j += 1) {
      batch.push(entriesRepo.entryWrite(make(j), birth));
    }
    await records.putRecords('entries', bookId, batch);
  }
  return { bookId, seedMs: performance.now() - t0 };
}

/**
 * Presses Unlock and waits (in the page) until the first timeline card is in the DOM and two
 * animation frames have passed, i.e. it has been painted. Returns the time from the press and
 * the time from the moment the book opened (the key is unwrapped; the timeline starts loading).
 */
function unlockToTimeline() {
  return new Promise((resolve, reject) => {
    const button = document.querySelector('.lock-screen form button[type="submit"]');
    if (!(button instanceof HTMLButtonElement)) {
      reject(new Error('no unlock button'));
      return;
    }
    const t0 = performance.now();
    let opened;
    const check = () => {
      if (opened === undefined && document.querySelector('.book-nav')) opened = performance.now();
      if (document.querySelector('.timeline-list .entry-card')) {
        observer.disconnect();
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            const painted = performance.now();
            resolve({ fromPress: painted - t0, fromOpen: painted - (opened ?? t0) });
          });
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    button.click();
  });
}

/**
 * Scrolls the whole timeline, one step per animation frame, and records the long tasks
 * (PerformanceObserver 'longtask', over 50 ms) and the longest gap between frames.
 */
function scrollThrough(step) {
  return new Promise((resolve) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    observer.observe({ type: 'longtask' });
    window.scrollTo(0, 0);
    let last = performance.now();
    let longestFrame = 0;
    let frames = 0;
    const t0 = last;
    const tick = () => {
      const now = performance.now();
      longestFrame = Math.max(longestFrame, now - last);
      last = now;
      frames += 1;
      const page = document.documentElement;
      if (window.scrollY + window.innerHeight >= page.scrollHeight - 2) {
        // Let the last frames' tasks reach the observer.
        setTimeout(() => {
          observer.disconnect();
          resolve({
            longestTask: tasks.length ? Math.max(...tasks) : 0,
            longTasks: tasks.length,
            longestFrame,
            frames,
            seconds: (performance.now() - t0) / 1000,
            rowsInDom: document.querySelectorAll('.timeline-row').length,
            height: page.scrollHeight,
          });
        }, 200);
        return;
      }
      window.scrollBy(0, step);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function measure(page, appURL, bookId, label) {
  const rows = [];
  await page.goto(`${appURL}/book/${bookId}/timeline?lang=en`);
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    await page.locator('.lock-screen form input').waitFor({ timeout: 60_000 });
    await page.locator('.lock-screen form input').fill(SENTENCE);
    times.push(await withTimeout(page.evaluate(unlockToTimeline), 120_000, 'unlock to timeline'));
    if (i < RUNS - 1) await page.locator('.book-header .lock-button').click();
  }
  rows.push({
    metric: `${label}: unlock → first timeline paint, ${ENTRY_COUNT} entries (median of ${RUNS})`,
    value: round(median(times.map((t) => t.fromPress)), 0),
    unit: 'ms',
  });
  // The row (issue 16): the built app, which is what a child opens.
  if (label === 'production build') {
    rows.push({
      metric: `${ENTRY_COUNT} entries: unlock → first paint`,
      value: round(median(times.map((t) => t.fromPress)), 0),
      unit: 'ms',
    });
  }
  rows.push({
    metric: `${label}: book open → first timeline paint, without key derivation (median of ${RUNS})`,
    value: round(median(times.map((t) => t.fromOpen)), 0),
    unit: 'ms',
  });

  // The first screen paints before the rest of the entries are open (the sealed order index):
  // scroll only the complete list, or the rows below measure a list of 40.
  await page.locator('.timeline-page:not([data-partial])').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const scroll = await withTimeout(page.evaluate(scrollThrough, 400), 600_000, 'scrolling');
  console.log(`  ${label}: scroll`, scroll);
  rows.push({
    metric: `${label}: longest task while scrolling all ${ENTRY_COUNT} entries`,
    value: round(scroll.longestTask, 0),
    unit: 'ms',
  });
  rows.push({
    metric: `${label}: long tasks (> 50 ms) while scrolling`,
    value: scroll.longTasks,
    unit: 'count',
  });
  rows.push({
    metric: `${label}: longest frame while scrolling`,
    value: round(scroll.longestFrame, 0),
    unit: 'ms',
  });
  rows.push({
    metric: `${label}: timeline rows in the DOM at the end`,
    value: scroll.rowsInDom,
    unit: 'count',
  });
  return rows;
}

/**
 * A preview server for the production build that also hands the dev server's modules through
 * (/src and its dependencies), so a page of the built app's origin can import src/db to seed the
 * very IndexedDB the built app then opens. Only this benchmark does this.
 */
async function previewWithDevModules(devURL) {
  const dev = new URL(devURL);
  const prefixes = ['/src/', '/node_modules/', '/@vite/', '/@fs/', '/@id/'];
  const server = await preview({
    logLevel: 'warn',
    // LIVSBOG_DIST: another build than dist/, as the e2e tests and scripts/bench.mjs allow.
    ...(process.env.LIVSBOG_DIST ? { build: { outDir: process.env.LIVSBOG_DIST } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    plugins: [
      {
        name: 'bench-dev-modules',
        configurePreviewServer(previewServer) {
          previewServer.middlewares.use((req, res, next) => {
            if (!prefixes.some((p) => req.url?.startsWith(p))) {
              next();
              return;
            }
            const upstream = http.request(
              {
                host: dev.hostname,
                port: dev.port,
                path: req.url,
                method: req.method,
                headers: { ...req.headers, host: dev.host },
              },
              (response) => {
                res.writeHead(response.statusCode ?? 502, response.headers);
                response.pipe(res);
              },
            );
            upstream.on('error', next);
            req.pipe(upstream);
          });
        },
      },
    ],
  });
  const address = server.httpServer.address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () => server.close(),
  };
}

async function seedAndMeasure(launch, appURL, label) {
  const rows = [];
  const app = await launch({
    baseURL: appURL,
    contextOptions: { viewport: { width: 1280, height: 900 } },
  });
  const page = app.page;
  await page.goto(`${appURL}/?lang=en`);
  await page.locator('.shelf').waitFor({ timeout: 60_000 });
  if (label === 'dev server') {
    // Vite finds the timeline's dependencies only when they are first imported and then reloads
    // the page; let that happen now, not in the middle of a measurement.
    await withTimeout(
      page.evaluate(() =>
        Promise.all(
          ['/src/app/book-route.tsx', '/src/features/timeline/components/timeline-area.tsx'].map(
            (url) => import(url).catch(() => undefined),
          ),
        ),
      ),
      120_000,
      'warming the dev server',
    ).catch(() => undefined);
    await page.waitForTimeout(5000);
    await page.goto(`${appURL}/?lang=en`);
    await page.locator('.shelf').waitFor({ timeout: 60_000 });
  }
  const seeded = await withTimeout(
    page.evaluate(seedBook, { count: ENTRY_COUNT, sentence: SENTENCE }),
    600_000,
    'seeding',
  );
  rows.push({
    metric: `${label}: seed ${ENTRY_COUNT} sealed entries (putRecords, batches of 500)`,
    value: round(seeded.seedMs, 0),
    unit: 'ms',
  });
  rows.push(...(await measure(page, appURL, seeded.bookId, label)));
  await app.close();
  return rows;
}

export async function run({ launch }) {
  const rows = [];
  const server = await createServer({
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const devURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    // The dev server first: it also prepares the modules the built app's origin borrows.
    rows.push(...(await seedAndMeasure(launch, devURL, 'dev server')));
    const built = await previewWithDevModules(devURL);
    try {
      rows.push(...(await seedAndMeasure(launch, built.url, 'production build')));
    } finally {
      await built.close();
    }
  } finally {
    await server.close();
  }
  return rows;
}
