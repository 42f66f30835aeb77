import type { Locator, Page } from 'playwright-core';

import { withTimeout } from '../../support/with-timeout.mjs';

export interface GotoOptions {
  /** Show the app in this language (`?lang=`); Danish is the default. */
  lang?: 'da' | 'en';
}

/** Name of the mark the app sets once the start page can be used (benchmarks read it too). */
export const interactiveMark = 'livsbog:interactive';

/**
 * Base of every page model: navigation relative to the served app, and the few waits every
 * screen needs. Feature page models extend it and add their own locators and actions.
 */
export class AppPage {
  readonly page: Page;
  readonly baseURL: string;

  constructor(page: Page, baseURL: string) {
    this.page = page;
    this.baseURL = baseURL.replace(/\/+$/, '');
  }

  /** Builds an absolute app URL, keeping any query string already in `path`. */
  url(path = '/', options: GotoOptions = {}): string {
    const url = new URL(path, `${this.baseURL}/`);
    if (options.lang !== undefined) url.searchParams.set('lang', options.lang);
    return url.href;
  }

  async goto(path = '/', options: GotoOptions = {}): Promise<this> {
    await this.page.goto(this.url(path, options), { waitUntil: 'domcontentloaded' });
    return this;
  }

  async reload(): Promise<this> {
    await this.page.reload({ waitUntil: 'domcontentloaded' });
    return this;
  }

  /** The page's one `h1`; screens are told apart by it. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async headingText(): Promise<string> {
    const heading = this.heading();
    await heading.waitFor({ state: 'visible' });
    return (await heading.textContent())?.trim() ?? '';
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name });
  }

  link(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name });
  }

  /** The notices above every screen: a new version, data of a newer build, a tab taken over. */
  banners(): Locator {
    return this.page.locator('.app-banners');
  }

  /** A notice on the current screen (not a banner), found by its text. */
  screenNotice(text: string | RegExp): Locator {
    return this.page.locator('main .notice', { hasText: text });
  }

  /** Resolves when the app has called `performance.mark('livsbog:interactive')`. */
  waitForInteractive(timeoutMs = 15_000): Promise<number> {
    return withTimeout(
      this.page.evaluate(
        (name) =>
          new Promise<number>((resolve) => {
            const found = performance.getEntriesByName(name, 'mark')[0];
            if (found !== undefined) {
              resolve(found.startTime);
              return;
            }
            const observer = new PerformanceObserver((list) => {
              const entry = list.getEntriesByName(name, 'mark')[0];
              if (entry !== undefined) {
                observer.disconnect();
                resolve(entry.startTime);
              }
            });
            observer.observe({ type: 'mark', buffered: true });
          }),
        interactiveMark,
      ),
      timeoutMs,
      `waiting for performance mark ${interactiveMark}`,
    );
  }

  /**
   * `page.evaluate` with its own deadline (docs/toolchain.md, pitfall 5). Takes no argument: pass data
   * with `withTimeout(page.evaluate(fn, arg), …)` from `support/browser` instead.
   */
  evaluate<R>(fn: () => R | Promise<R>, timeoutMs = 15_000): Promise<R> {
    return withTimeout(this.page.evaluate(fn), timeoutMs, 'page.evaluate()');
  }
}
