import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { chromium } from 'playwright-core';

import { withTimeout } from './with-timeout.mjs';

/** Flags that keep Chromium quiet and deterministic on a CI box (docs/toolchain.md, pitfall 7). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const profilePrefix = 'livsbog-chromium-';
const ignoredSchemes = new Set(['data:', 'blob:', 'chrome-extension:', 'about:']);

export function chromiumExecutablePath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Only directories this module created are ever deleted, so a caller's own folder is safe. */
function isOwnProfile(dir) {
  const resolved = path.resolve(dir);
  return (
    path.dirname(resolved) === path.resolve(os.tmpdir()) &&
    path.basename(resolved).startsWith(profilePrefix)
  );
}

/**
 * Launches Chromium with a persistent profile. Persistent, because service workers, IndexedDB
 * and "reopen the app offline" must survive a relaunch of the same profile.
 *
 * @param {import('./chromium.d.mts').LaunchChromiumOptions} options
 * @returns {Promise<import('./chromium.d.mts').LaunchedApp>}
 */
export async function launchChromium(options) {
  const baseURL = options.baseURL.replace(/\/+$/, '');
  const appOrigin = new URL(baseURL).origin;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), profilePrefix)));

  let context;
  try {
    context = await withTimeout(
      chromium.launchPersistentContext(userDataDir, {
        ...options.contextOptions,
        executablePath: chromiumExecutablePath(),
        headless: true,
        args: [...chromiumArgs, ...(options.extraArgs ?? [])],
      }),
      60_000,
      'chromium.launchPersistentContext()',
    );
  } catch (error) {
    if (options.userDataDir === undefined) await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  // A locator wait with no timeout hangs a whole suite; fail fast and say where instead.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);

  /** @type {string[]} */
  const requests = [];
  /** @type {string[]} */
  const consoleErrors = [];
  /** @type {string[]} */
  const pageErrors = [];

  // Context-level, so requests from every page, dedicated worker and service worker count.
  context.on('request', (request) => {
    requests.push(request.url());
  });
  const watchPage = (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => {
      pageErrors.push(String(error.stack ?? error));
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const page = context.pages()[0] ?? (await context.newPage());

  /** @type {Promise<void> | undefined} */
  let closing;
  const close = ({ keepProfile = false } = {}) => {
    closing ??= (async () => {
      try {
        await withTimeout(context.close(), 20_000, 'context.close()');
      } finally {
        if (!keepProfile && isOwnProfile(userDataDir)) {
          await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
        }
      }
    })();
    return closing;
  };

  return {
    context,
    page,
    baseURL,
    userDataDir,
    requests: () => [...requests],
    foreignRequests: () =>
      requests.filter((url) => {
        const parsed = new URL(url);
        return !ignoredSchemes.has(parsed.protocol) && parsed.origin !== appOrigin;
      }),
    consoleErrors: () => [...consoleErrors],
    pageErrors: () => [...pageErrors],
    close,
  };
}
