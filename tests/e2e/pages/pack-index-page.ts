import { pathToFileURL } from 'node:url';

import type { Locator, Page } from 'playwright-core';

import { withTimeout } from '../support/browser';

/** What a player in the pack's index.html managed to read of its file. */
export interface PlayerState {
  tag: 'audio' | 'video';
  src: string;
  duration: number;
  readyState: number;
}

/**
 * The moving pack's `index.html`, opened from disk (file://) as a young person who unzipped the
 * pack would open it: no app, no server, no script of its own.
 */
export class PackIndexPage {
  constructor(readonly page: Page) {}

  async open(file: string, timeoutMs = 30_000): Promise<void> {
    await withTimeout(
      this.page.goto(pathToFileURL(file).href, { waitUntil: 'load' }),
      timeoutMs,
      'opening index.html from disk',
    );
  }

  players(): Locator {
    return this.page.locator('audio[controls], video[controls]');
  }

  paperLinks(): Locator {
    return this.page.locator('a.paper');
  }

  /** Every player once it has read its file's length (or failed to), in the page's order. */
  async waitForPlayers(timeoutMs = 30_000): Promise<PlayerState[]> {
    return withTimeout(
      this.players().evaluateAll(async (els) =>
        Promise.all(
          els.map(async (el) => {
            const media = el as HTMLMediaElement;
            if (media.readyState < 1 && media.error === null) {
              // preload="metadata" starts the read; load() makes sure it does.
              const ready = new Promise<void>((resolve) => {
                media.addEventListener(
                  'loadedmetadata',
                  () => {
                    resolve();
                  },
                  { once: true },
                );
                media.addEventListener(
                  'error',
                  () => {
                    resolve();
                  },
                  { once: true },
                );
              });
              if (media.networkState === HTMLMediaElement.NETWORK_EMPTY) media.load();
              await ready;
            }
            return {
              tag: el.tagName.toLowerCase() as 'audio' | 'video',
              src: media.getAttribute('src') ?? '',
              duration: media.duration,
              readyState: media.readyState,
            };
          }),
        ),
      ),
      timeoutMs,
      'players in index.html',
    );
  }
}
