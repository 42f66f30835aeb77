import type { Page } from 'playwright-core';
import { inject } from 'vitest';

import {
  launchChromium,
  type LaunchChromiumOptions,
  type LaunchedApp,
} from '../../support/chromium.mjs';
import { withTimeout } from '../../support/with-timeout.mjs';

export type { CloseOptions, LaunchedApp } from '../../support/chromium.mjs';
export { withTimeout };

export type LaunchAppOptions = Partial<LaunchChromiumOptions>;

/**
 * Starts Debian's Chromium (or `CHROMIUM_PATH`) on a fresh profile, pointed at the app served by
 * the global setup. Always `await app.close()` in a `finally` or `afterEach`.
 */
export function launchApp(options: LaunchAppOptions = {}): Promise<LaunchedApp> {
  return launchChromium({ ...options, baseURL: options.baseURL ?? inject('baseURL') });
}

/**
 * Waits until the page's service worker is active. Waits for the `activated` state rather than
 * `controllerchange`, which may never fire for a page loaded while the worker activates
 * (docs/toolchain.md, pitfall 5). Returns the worker's script URL.
 */
export function waitForServiceWorkerActivated(page: Page, timeoutMs = 30_000): Promise<string> {
  return withTimeout(
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker === null) throw new Error('serviceWorker.ready resolved without an active worker');
      if (worker.state !== 'activated') {
        await new Promise<void>((resolve) => {
          const onChange = () => {
            if (worker.state === 'activated') {
              worker.removeEventListener('statechange', onChange);
              resolve();
            }
          };
          worker.addEventListener('statechange', onChange);
        });
      }
      return worker.scriptURL;
    }),
    timeoutMs,
    'waitForServiceWorkerActivated()',
  );
}
