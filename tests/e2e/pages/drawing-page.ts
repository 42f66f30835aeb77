import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { TimelinePage } from './timeline-page';

/** What a picture on the page holds: its pixels that are not white, and the clearly red ones. */
export interface PixelCount {
  total: number;
  nonWhite: number;
  red: number;
}

/**
 * The drawing paper (a full-screen dialog) opened from the timeline, driven with its English
 * labels; strokes are drawn with the mouse at places given as shares of the paper's size.
 */
export class DrawingPage extends TimelinePage {
  dialog(): Locator {
    return this.page.locator('dialog.drawing-dialog');
  }

  paper(): Locator {
    return this.dialog().getByRole('img', { name: /^Drawing paper/ });
  }

  /** "Draw a memory" on the timeline: the dialog opens asking what to draw. */
  async openDrawMemory(): Promise<void> {
    await this.page.getByRole('button', { name: 'Draw a memory' }).click();
    await this.dialog()
      .getByRole('heading', { name: 'What do you want to draw?' })
      .waitFor({ timeout: 30_000 });
  }

  async choosePrompt(ask: string): Promise<void> {
    await this.dialog().getByRole('button', { name: ask, exact: true }).click();
    await this.dialog().getByRole('heading', { name: ask }).waitFor();
    await this.paper().waitFor();
  }

  /** A colour, thickness or tool by its name ("Red", "Thick", "Eraser"). */
  async choose(name: string): Promise<void> {
    await this.dialog().getByRole('radio', { name, exact: true }).check();
  }

  /** Presses the mouse at the first point, moves through the others and lets go. */
  async drawStroke(points: readonly (readonly [number, number])[]): Promise<void> {
    const box = await this.paper().boundingBox();
    if (!box) throw new Error('the drawing paper is not on the screen');
    const at = ([x, y]: readonly [number, number]) =>
      [box.x + x * box.width, box.y + y * box.height] as const;
    const [first, ...rest] = points;
    if (!first) return;
    await this.page.mouse.move(...at(first));
    await this.page.mouse.down();
    for (const p of rest) await this.page.mouse.move(...at(p), { steps: 8 });
    await this.page.mouse.up();
  }

  /** "Save the drawing", then waits for the entry it made. */
  async saveAsEntry(title: string): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Save the drawing' }).click();
    await this.page.locator('.entry-page h1', { hasText: title }).waitFor({ timeout: 30_000 });
  }

  entryPictures(): Locator {
    return this.page.locator('.entry-page .entry-photo-grid img');
  }

  /** Reads a decoded picture's pixels back through a canvas (object URLs are same-origin). */
  async pixels(image: Locator): Promise<PixelCount> {
    await this.waitForImagesLoaded(image, 30_000);
    return withTimeout(
      image.evaluate((img) => {
        if (!(img instanceof HTMLImageElement)) throw new Error('not an image');
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d canvas');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let nonWhite = 0;
        let red = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
          if (r < 230 || g < 230 || b < 230) nonWhite += 1;
          if (r > 180 && g < 110 && b < 110) red += 1;
        }
        return { total: data.length / 4, nonWhite, red };
      }),
      30_000,
      'reading the picture back',
    );
  }

  /**
   * How much of a picture its box shows (1 = all of it), from the decoded size, the box and the
   * `object-fit` in use: a cover-cropped upright picture in a 4:3 box shows about 56 %.
   */
  async shownShare(image: Locator): Promise<{ share: number; upright: boolean }> {
    await this.waitForImagesLoaded(image, 30_000);
    return withTimeout(
      image.evaluate((img) => {
        if (!(img instanceof HTMLImageElement)) throw new Error('not an image');
        const { width: bw, height: bh } = img.getBoundingClientRect();
        const [nw, nh] = [img.naturalWidth, img.naturalHeight];
        const fit = getComputedStyle(img).objectFit;
        const scale = fit === 'contain' ? Math.min(bw / nw, bh / nh) : Math.max(bw / nw, bh / nh);
        const share = Math.min(1, bw / (nw * scale)) * Math.min(1, bh / (nh * scale));
        return { share, upright: nh > nw };
      }),
      30_000,
      'measuring the picture in its box',
    );
  }
}
