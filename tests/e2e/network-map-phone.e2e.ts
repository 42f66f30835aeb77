import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { AppPage } from './pages/app-page';
import { measureMap } from './pages/map-sizes';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/** The sample book's map on a 390×844 phone: readable, big enough to tap, zoomable. */
describe('the network map on a phone', () => {
  let app: LaunchedApp;
  let page: AppPage;

  const frame = () => app.page.locator('.net-map-frame');
  const scale = async () => Number(await frame().getAttribute('data-scale'));
  /** Waits until the map is drawn at a scale other than `from`. */
  const scaleChange = async (from: number) => {
    await app.page.waitForFunction(
      (old) => Number(document.querySelector('.net-map-frame')?.getAttribute('data-scale')) !== old,
      from,
      { timeout: 10_000 },
    );
    return scale();
  };

  beforeAll(async () => {
    app = await launchApp({
      contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    });
    page = new AppPage(app.page, app.baseURL);
    await page.goto('/', { lang: 'en' });
    await page.button('See a sample book').click();
    await app.page.waitForURL(/\/book\/[^/]+$/, { timeout: 110_000 });
    const bookPath = new URL(app.page.url()).pathname;
    await page.heading().first().waitFor();
    // In the app, as a link would, so the book stays open.
    await withTimeout(
      app.page.evaluate((to) => {
        window.history.pushState(null, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, `${bookPath}/people/map`),
      10_000,
      'opening the map',
    );
    await app.page.locator('svg.net-map-movable g.net-node').first().waitFor();
    await app.page.waitForFunction(
      () => document.querySelector('.net-map-frame')?.hasAttribute('data-scale') === true,
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it('draws names and ring labels at least 12 px and people at least 44×44 px', async () => {
    const sizes = await measureMap(app.page);
    assert.ok(sizes.targets.length >= 3, 'the sample book has people on the map');
    assert.ok(sizes.labels.length >= 3);
    for (const l of sizes.labels) assert.ok(l.px >= 12 - 0.01, `${l.text} is ${l.px} px`);
    for (const t of sizes.targets) {
      assert.ok(t.width >= 44 && t.height >= 44, `${t.id} is ${t.width}×${t.height}`);
    }
    const overflow = await withTimeout(
      app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      10_000,
      'page width',
    );
    assert.ok(overflow <= 0, 'the page itself never scrolls sideways: the map pans in its frame');
  });

  it('zooms with the + and − buttons and with two fingers', async () => {
    const start = await scale();
    await page.button('Zoom in').click();
    const bigger = await scaleChange(start);
    assert.ok(bigger > start, `zoom in: ${start} → ${bigger}`);
    await page.button('Zoom out').click();
    const back = await scaleChange(bigger);
    assert.ok(back < bigger);

    // A pinch on the map's background (a finger on a person would drag them): the top left
    // corner of the map is outside the rings, where nobody is.
    const box = await frame().boundingBox();
    assert.ok(box);
    const points = await withTimeout(
      app.page.evaluate(
        ({ x, y }) => {
          const el = document.querySelector('.net-map-frame');
          if (el) el.scrollTo(0, 0);
          const a = { x: x + 40, y: y + 40 };
          const b = { x: x + 70, y: y + 70 };
          const a2 = { x: x + 15, y: y + 15 };
          const b2 = { x: x + 130, y: y + 130 };
          const free = (p: { x: number; y: number }) =>
            document.elementFromPoint(p.x, p.y)?.closest('.net-node') === null;
          return [a, b, a2, b2].every(free) ? { a, b, a2, b2 } : null;
        },
        { x: box.x, y: box.y },
      ),
      10_000,
      'finding room for two fingers',
    );
    assert.ok(points, 'two free spots on the map background');
    const before = await scale();
    const cdp = await app.context.newCDPSession(app.page);
    try {
      const touch = (
        type: 'touchStart' | 'touchMove' | 'touchEnd',
        touchPoints: { x: number; y: number; id: number }[],
      ) => withTimeout(cdp.send('Input.dispatchTouchEvent', { type, touchPoints }), 10_000, type);
      await touch('touchStart', [
        { ...points.a, id: 1 },
        { ...points.b, id: 2 },
      ]);
      for (let i = 1; i <= 8; i += 1) {
        const t = i / 8;
        const mix = (p: number, q: number) => p + (q - p) * t;
        await touch('touchMove', [
          { x: mix(points.a.x, points.a2.x), y: mix(points.a.y, points.a2.y), id: 1 },
          { x: mix(points.b.x, points.b2.x), y: mix(points.b.y, points.b2.y), id: 2 },
        ]);
      }
      await touch('touchEnd', []);
    } finally {
      await cdp.detach();
    }
    const pinched = await scaleChange(before);
    assert.ok(pinched > before * 1.5, `pinch: ${before} → ${pinched}`);
  });

  it('opens a person with a tap, and reaches people with Tab', async () => {
    await page.button('Whole map').click();
    const node = app.page.locator('svg.net-map-movable g.net-node').first();
    const name = (await node.locator('.net-node-label').textContent()) ?? '';
    await node.scrollIntoViewIfNeeded();
    const box = await node.locator('.net-node-circle').boundingBox();
    assert.ok(box);
    await app.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const dialog = app.page.locator('dialog.move-dialog[open]');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', new RegExp(name.replace('…', '')));
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await node.focus();
    const focused = await withTimeout(
      app.page.evaluate(() => document.activeElement?.classList.contains('net-node') ?? false),
      10_000,
      'focus',
    );
    assert.ok(focused, 'a person on the map takes the keyboard focus');
  });

  it('has a full-screen mode, left with Escape, and no axe violations', async () => {
    await page.button('Full screen').click();
    await app.page.locator('.net-map-full').waitFor();
    const box = await frame().boundingBox();
    assert.ok(box && box.width >= 370, 'the map takes the whole width');
    await expectNoAxeViolations(app.page, 'the network map in full screen (phone)');
    await app.page.keyboard.press('Escape');
    await app.page.locator('.net-map-full').waitFor({ state: 'detached' });
    await expectNoAxeViolations(app.page, 'the network map (phone)');
  });
});
