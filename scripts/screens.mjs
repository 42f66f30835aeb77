#!/usr/bin/env node
/* global document, window, requestAnimationFrame, PopStateEvent -- inside page.evaluate() these run in the browser */
// `npm run screens`: pictures of each main screen for docs/screens/, so a reader of the repo can
// see the product. Builds into a temporary folder (never dist/, which others may be serving),
// opens the sample book in Debian's Chromium at a phone (390×844) and a tablet (1024×768) size,
// in Danish and English, and writes one PNG per screen. `-- --dist DIR` uses a build already made;
// `-- --scheme dark --out DIR` takes the same pictures in dark mode into another folder (to look at
// them, not to commit them).
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../tests/support/chromium.mjs';
import { startPreview } from '../tests/support/preview-server.mjs';
import { withTimeout } from '../tests/support/with-timeout.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const distArg = args.indexOf('--dist');
/** The value after a flag, or the fallback when the flag is not given. */
function option(flag, fallback) {
  const at = args.indexOf(flag);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (!value) throw new Error(`${flag} needs a value`);
  return value;
}
const outDir = path.resolve(option('--out', path.join(root, 'docs', 'screens')));
const colorScheme = option('--scheme', 'light');
if (colorScheme !== 'light' && colorScheme !== 'dark') throw new Error('--scheme is light or dark');

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: 'tablet', viewport: { width: 1024, height: 768 }, isMobile: false, hasTouch: true },
];
const LANGS = ['da', 'en'];
/** Over this a picture is too heavy for the repo: the script says so. */
const MAX_BYTES = 400 * 1024;

async function build() {
  if (distArg >= 0) {
    const given = args[distArg + 1];
    if (!given) throw new Error('--dist needs a folder');
    return { dist: path.resolve(given), cleanup: async () => {} };
  }
  const dist = await mkdtemp(path.join(os.tmpdir(), 'livsbog-screens-'));
  console.log(`building into ${dist} …`);
  execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  return { dist, cleanup: () => rm(dist, { recursive: true, force: true }) };
}

/** Waits until nothing says "loading" and the fonts are in, so no picture shows a spinner. */
async function settle(page) {
  await page
    .locator('[role="status"]')
    .filter({ hasText: /…|\.\.\./ })
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => {});
  await withTimeout(
    page.evaluate(() => document.fonts.ready.then(() => undefined)),
    15_000,
    'fonts',
  );
  await withTimeout(
    page.evaluate(
      () =>
        new Promise((resolve) => {
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)));
        }),
    ),
    10_000,
    'two frames',
  );
}

async function shoot(page, file) {
  await settle(page);
  const target = path.join(outDir, file);
  await withTimeout(page.screenshot({ path: target, type: 'png' }), 30_000, `screenshot ${file}`);
  const { size } = await stat(target);
  const note = size > MAX_BYTES ? `  (over ${MAX_BYTES / 1024} KB)` : '';
  console.log(`${file}  ${Math.round(size / 1024)} KB${note}`);
}

/** Goes to a page of the open book by its address, as a bookmark would, and waits for its heading. */
async function visit(page, url) {
  // The old page's heading stays until React renders the new one: wait for a different heading.
  const before = await page
    .locator('main h1')
    .first()
    .textContent({ timeout: 5_000 })
    .catch(() => null);
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await page.waitForFunction(
    (old) => {
      const heading = document.querySelector('main h1');
      return heading !== null && heading.textContent !== old;
    },
    before,
    { timeout: 30_000 },
  );
}

async function run(baseURL, size, lang) {
  const app = await launchChromium({
    baseURL,
    contextOptions: {
      viewport: size.viewport,
      isMobile: size.isMobile,
      hasTouch: size.hasTouch,
      deviceScaleFactor: 1,
      locale: lang === 'da' ? 'da-DK' : 'en-GB',
      reducedMotion: 'reduce',
      colorScheme,
    },
  });
  const { page } = app;
  const name = (screen) => `${screen}-${size.name}-${lang}.png`;
  try {
    await page.goto(`${baseURL}/?lang=${lang}`);
    await page.getByRole('button', { name: /See a sample book|Se en eksempelbog/ }).click();
    await page.waitForURL(/\/book\/[^/]+$/, { timeout: 120_000 });
    const bookPath = new URL(page.url()).pathname;
    await page.locator('h1').first().waitFor();
    await page
      .locator('.me-now-portrait, .me-cover img')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => {});
    await shoot(page, name('me-now'));
    for (const [screen, sub] of [
      ['timeline', '/timeline'],
      ['people', '/people'],
      ['network-map', '/people/map'],
      ['photos', '/photos'],
      ['moving-pack', '/moving-pack'],
    ]) {
      await visit(page, `${bookPath}${sub}`);
      if (screen === 'network-map') await page.locator('svg.net-map').waitFor();
      if (screen === 'photos') {
        await page
          .locator('main img')
          .first()
          .waitFor({ timeout: 30_000 })
          .catch(() => {});
      }
      await shoot(page, name(screen));
    }
    // A new page load forgets the key: the book is locked and the shelf shows it.
    await page.goto(`${baseURL}/?lang=${lang}`);
    await page.locator('.book-card-link').first().waitFor();
    await shoot(page, name('shelf'));
    await page.goto(`${baseURL}${bookPath}?lang=${lang}`);
    await page.locator('.lock-screen').waitFor();
    await shoot(page, name('lock-screen'));
  } finally {
    await app.close();
  }
}

const { dist, cleanup } = await build();
const preview = await startPreview({ root, outDir: dist });
try {
  await mkdir(outDir, { recursive: true });
  for (const size of SIZES) {
    for (const lang of LANGS) await run(preview.baseURL, size, lang);
  }
} finally {
  await preview.close();
  await cleanup();
}
