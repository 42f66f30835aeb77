import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { PhotosPage } from './photos-page';

/** A big item played from its sealed pieces through the service worker's `/__media/` route. */
export class MediaStreamPage extends PhotosPage {
  /** Whether a service worker controls this page (only then does the route answer). */
  async isControlled(): Promise<boolean> {
    return withTimeout(
      this.page.evaluate(() => navigator.serviceWorker.controller !== null),
      10_000,
      'controller',
    );
  }

  /** The dialog's `<video>`. */
  video(): Locator {
    return this.dialog().locator('video');
  }

  /** Waits for the player to know the video's length; returns its src and duration. */
  async waitForMetadata(timeoutMs = 30_000): Promise<{ src: string; duration: number }> {
    await this.video().waitFor({ timeout: timeoutMs });
    await this.page.waitForFunction(
      () => (document.querySelector<HTMLVideoElement>('dialog.photo-dialog video')?.readyState ?? 0) >= 1, // prettier-ignore
      undefined,
      { timeout: timeoutMs },
    );
    return withTimeout(
      this.video().evaluate((v: HTMLVideoElement) => ({ src: v.currentSrc, duration: v.duration })),
      10_000,
      'player state',
    );
  }

  /** Seeks the player and waits until it has a frame there (the range came through). */
  async seekTo(seconds: number, timeoutMs = 30_000): Promise<number> {
    return withTimeout(
      this.video().evaluate(
        (v: HTMLVideoElement, to: number) =>
          new Promise<number>((resolve, reject) => {
            v.addEventListener(
              'seeked',
              () => {
                resolve(v.currentTime);
              },
              { once: true },
            );
            v.addEventListener(
              'error',
              () => {
                reject(new Error(`media error ${v.error?.code}`));
              },
              {
                once: true,
              },
            );
            v.currentTime = to;
          }),
        seconds,
      ),
      timeoutMs,
      'seeking',
    );
  }

  /** Asks the route for a byte range, as the player does: status, Content-Range and bytes. */
  async fetchRange(
    url: string,
    range: string,
  ): Promise<{ status: number; contentRange: string | null; bytes: Buffer }> {
    const got = await withTimeout(
      this.page.evaluate(
        async ([u, r]) => {
          const res = await fetch(u, { headers: { Range: r }, cache: 'no-store' });
          const bytes = new Uint8Array(await res.arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return { status: res.status, contentRange: res.headers.get('Content-Range'), b64: btoa(binary) }; // prettier-ignore
        },
        [url, range] as const,
      ),
      30_000,
      `fetching ${range}`,
    );
    return {
      status: got.status,
      contentRange: got.contentRange,
      bytes: Buffer.from(got.b64, 'base64'),
    };
  }
}
