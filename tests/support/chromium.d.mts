import type { BrowserContext, LaunchOptions, Page } from 'playwright-core';

type PersistentContextOptions = NonNullable<
  Parameters<typeof import('playwright-core').chromium.launchPersistentContext>[1]
>;

export interface LaunchChromiumOptions {
  /** Origin of the app under test; requests to any other origin count as foreign. */
  baseURL: string;
  /**
   * Profile to open. Omit for a fresh temporary profile. Pass `userDataDir` of an earlier launch
   * (closed with `keepProfile: true`) to relaunch the same profile.
   */
  userDataDir?: string;
  /** Extra context options (viewport, locale, reducedMotion, acceptDownloads…). */
  contextOptions?: Omit<PersistentContextOptions, keyof LaunchOptions>;
  /** Chromium flags beside the usual ones (a fake microphone: FAKE_MICROPHONE_ARGS). */
  extraArgs?: readonly string[];
}

export interface CloseOptions {
  /** Keep the temporary profile on disk so it can be relaunched. */
  keepProfile?: boolean;
}

export interface LaunchedApp {
  context: BrowserContext;
  /** The page the persistent context opened with (about:blank). */
  page: Page;
  baseURL: string;
  userDataDir: string;
  /** Every request URL seen so far by any page or worker of the context, in order. */
  requests: () => string[];
  /** Requests to another origin than the app's (data:, blob:, chrome-extension:, about: ignored). */
  foreignRequests: () => string[];
  /** `console.error` messages of every page (CSP violations show up here). */
  consoleErrors: () => string[];
  /** Uncaught exceptions of every page. */
  pageErrors: () => string[];
  /**
   * Closes the browser (with a timeout) and deletes the profile if this module created it,
   * unless `keepProfile` is set. Safe to call more than once.
   */
  close: (options?: CloseOptions) => Promise<void>;
}

export declare const chromiumArgs: readonly string[];
export declare function chromiumExecutablePath(): string;
export declare function launchChromium(options: LaunchChromiumOptions): Promise<LaunchedApp>;
