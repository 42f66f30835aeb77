import { readFile } from 'node:fs/promises';

import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { PhotosPage } from './photos-page';

/** Videos in the photos area: their tiles (poster, play sign, length) and the player. */
export class VideosPage extends PhotosPage {
  /** Tiles that carry the play sign. */
  videoTiles(): Locator {
    return this.tiles().filter({ has: this.page.locator('.gallery-play') });
  }

  /** Waits for `n` video tiles whose poster pictures have loaded. */
  async waitForVideoTiles(n: number, timeoutMs = 30_000): Promise<void> {
    await this.videoTiles()
      .nth(n - 1)
      .waitFor({ timeout: timeoutMs });
    await this.waitForImagesLoaded(this.videoTiles().locator('img'));
  }

  /** The poster's drawn size (0 when it did not load). */
  async posterSize(tile: Locator): Promise<{ w: number; h: number }> {
    return withTimeout(
      tile.locator('img').evaluate((img: HTMLImageElement) => ({
        w: img.naturalWidth,
        h: img.naturalHeight,
      })),
      15_000,
      'poster size',
    );
  }

  player(): Locator {
    return this.dialog().locator('video');
  }

  /** Waits until the dialog's player has decoded a frame of the stored (sealed) video. */
  async waitForPlayable(timeoutMs = 30_000): Promise<{ duration: number; width: number }> {
    await this.player().waitFor({ timeout: timeoutMs });
    await this.page.waitForFunction(
      () => (document.querySelector<HTMLVideoElement>('dialog.photo-dialog video')?.readyState ?? 0) >= 2, // prettier-ignore
      undefined,
      { timeout: timeoutMs },
    );
    return withTimeout(
      this.player().evaluate((v: HTMLVideoElement) => ({
        duration: v.duration,
        width: v.videoWidth,
      })),
      15_000,
      'player state',
    );
  }

  /**
   * The bytes the player plays (the stored video, opened from its sealed pieces), saved the way
   * "Save a copy" saves a photo: a download of the player's own URL (the CSP's connect-src keeps
   * scripts from fetching it).
   */
  async downloadPlayed(timeoutMs = 30_000): Promise<Buffer> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: timeoutMs }),
      withTimeout(
        this.player().evaluate((v: HTMLVideoElement) => {
          const a = document.createElement('a');
          a.href = v.currentSrc;
          a.download = 'played.mp4';
          document.body.append(a);
          a.click();
          a.remove();
        }),
        timeoutMs,
        'download the played video',
      ),
    ]);
    return readFile(await withTimeout(download.path(), timeoutMs, 'download.path()'));
  }
}
