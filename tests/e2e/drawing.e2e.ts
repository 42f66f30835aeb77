import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { DrawingPage } from './pages/drawing-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

// A phone's sharp screen: three device pixels to a CSS pixel, as the paper must draw.
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/**
 * Issue 14: a child draws her home on a phone (pointer events from the mouse), saves it as a
 * memory of its own, and finds the drawing on the entry, also after a reload and unlocking.
 */
describe('drawing a memory (phone)', () => {
  let app: LaunchedApp;
  let created: CreatedBook;
  let drawing: DrawingPage;

  beforeAll(async () => {
    app = await launchApp({ contextOptions: PHONE });
    const shelf = new ShelfPage(app.page, app.baseURL);
    const wizard = new CreateBookPage(app.page, app.baseURL);
    drawing = new DrawingPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await wizard.create({ nickname: 'Ida', birthDate: { year: 2017, month: 3 } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('draws with pointer events, saves an entry that shows the drawing, after a reload too', async () => {
    await drawing.goToTimeline();
    await drawing.waitForTimeline();
    await drawing.openDrawMemory();
    await expectNoAxeViolations(app.page, 'what to draw');
    await drawing.choosePrompt('Draw your home');

    // The paper fits the phone's width and is drawn at the screen's pixel ratio.
    const fit = await withTimeout(
      drawing.paper().evaluate((c) => {
        if (!(c instanceof HTMLCanvasElement)) throw new Error('not a canvas');
        const box = c.getBoundingClientRect();
        return {
          right: box.right,
          bottom: box.bottom,
          ratio: c.width / box.width,
          dpr: window.devicePixelRatio,
          touchAction: getComputedStyle(c).touchAction,
        };
      }),
      30_000,
      'measuring the paper',
    );
    assert.ok(fit.right <= 390, `the paper fits the screen's width (${fit.right})`);
    assert.ok(fit.bottom <= 844, `the paper fits the screen's height (${fit.bottom})`);
    assert.equal(fit.dpr, 3);
    assert.ok(Math.abs(fit.ratio - fit.dpr) < 0.05, 'one canvas pixel per screen pixel');
    assert.equal(fit.touchAction, 'none');

    const undo = drawing.dialog().getByRole('button', { name: 'Undo' });
    assert.equal(await undo.isDisabled(), true, 'nothing to undo on an empty paper');
    await drawing.choose('Red');
    await drawing.choose('Thick');
    // A house: the walls and the roof.
    await drawing.drawStroke([
      [0.25, 0.45],
      [0.25, 0.8],
      [0.75, 0.8],
      [0.75, 0.45],
      [0.25, 0.45],
    ]);
    await drawing.choose('Blue');
    await drawing.drawStroke([
      [0.2, 0.47],
      [0.5, 0.2],
      [0.8, 0.47],
    ]);
    await undo.waitFor();
    assert.equal(await undo.isEnabled(), true, 'undo after drawing');
    await undo.click();
    await drawing.dialog().getByRole('button', { name: 'Redo' }).click();
    await expectNoAxeViolations(app.page, 'the drawing paper');
    // Escape would close the paper: with a drawing on it, it asks first.
    await app.page.keyboard.press('Escape');
    await drawing.dialog().getByRole('button', { name: 'No, keep drawing' }).click();
    assert.equal(await drawing.paper().isVisible(), true, 'still drawing after Escape');

    await drawing.saveAsEntry('My home');
    const first = await drawing.pixels(drawing.entryPictures().first());
    assert.ok(first.nonWhite > first.total * 0.02, `the drawing shows (${JSON.stringify(first)})`);
    assert.ok(first.red > 100, `in red (${JSON.stringify(first)})`);
    // Drawn on an upright phone, the drawing is upright, and the entry shows all of it.
    const shown = await drawing.shownShare(drawing.entryPictures().first());
    assert.ok(shown.upright, 'an upright drawing');
    assert.ok(shown.share > 0.99, `the whole drawing shows, not ${String(shown.share)} of it`);

    // A reload locks the book; unlocked, the entry shows the same drawing.
    await drawing.reload();
    const lock = new LockScreen(app.page, app.baseURL);
    await lock.waitForLocked();
    await lock.unlockWithSentence(created.sentence);
    await drawing.page
      .locator('.entry-page h1', { hasText: 'My home' })
      .waitFor({ timeout: 30_000 });
    const again = await drawing.pixels(drawing.entryPictures().first());
    assert.deepEqual(again, first, 'the same picture after unlocking');
    assert.deepEqual(app.pageErrors(), []);
  });
});
