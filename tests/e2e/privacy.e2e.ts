import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { BookPage } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { SettingsPage } from './pages/settings-page';
import { ShelfPage } from './pages/shelf-page';
import { launchApp, type LaunchedApp } from './support/browser';
import { randomPhoto } from './support/png';

/** Directives of a Content Security Policy, by name. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function assertStrictCsp(policy: string, where: string): void {
  const csp = parseCsp(policy);
  assert.deepEqual(csp.get('default-src'), ["'self'"], `${where}: default-src 'self'`);
  // Without script-src, default-src governs scripts; either way no inline or eval'd scripts.
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  assert.ok(scripts.length > 0, `${where}: scripts are restricted`);
  for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
    assert.ok(!scripts.includes(unsafe), `${where}: script-src allows ${unsafe}`);
  }
}

describe('privacy', () => {
  let app: LaunchedApp;
  let geolocationCalls: string[];

  beforeAll(async () => {
    app = await launchApp();
    geolocationCalls = [];
    // Reported to Node, so calls from any document of the session are counted, across reloads.
    await app.context.exposeBinding('__livsbogGeolocationCalled', (_source, name: string) => {
      geolocationCalls.push(name);
    });
    await app.context.addInitScript(() => {
      const report = (window as unknown as Record<string, (name: string) => void>)
        .__livsbogGeolocationCalled;
      const geo = navigator.geolocation as Geolocation | undefined;
      if (geo === undefined || report === undefined) return;
      for (const name of ['getCurrentPosition', 'watchPosition', 'clearWatch'] as const) {
        const original = geo[name].bind(geo) as (...args: unknown[]) => unknown;
        Object.defineProperty(geo, name, {
          configurable: true,
          value: (...args: unknown[]) => {
            report(name);
            return original(...args);
          },
        });
      }
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('serves a strict Content Security Policy and no inline script', async () => {
    const response = await app.page.goto(`${app.baseURL}/?lang=en`, {
      waitUntil: 'domcontentloaded',
    });
    assert.ok(response !== null, 'the start page answered');
    assert.equal(response.status(), 200);
    const header = response.headers()['content-security-policy'];
    const html = await response.text();
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(
      html,
    )?.[1];
    assert.ok(header !== undefined || meta !== undefined, 'a CSP header or meta tag');
    if (header !== undefined) assertStrictCsp(header, 'the CSP header');
    if (meta !== undefined) assertStrictCsp(meta.replace(/&#39;|&apos;/g, "'"), 'the CSP meta tag');

    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0, 'the page loads its code with a script tag');
    for (const [tag, attributes = '', body = ''] of scripts) {
      assert.match(attributes, /\ssrc=/, `an inline script: ${tag.slice(0, 120)}`);
      assert.equal(body.trim(), '', 'a script with src has no inline body');
    }
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers in the HTML');
  });

  it('talks to no other origin and never asks for the location during a full session', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    const wizard = new CreateBookPage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    const lock = new LockScreen(app.page, app.baseURL);
    const settings = new SettingsPage(app.page, app.baseURL);

    await shelf.open({ lang: 'en' });
    await shelf.openSampleBook();
    await book.waitForMeNow();
    // The strip fills as thumbnails open; on a loaded machine not all 20 are there at once.
    await book.thumbnails().nth(19).waitFor({ timeout: 60_000 });
    assert.equal(await book.waitForImagesLoaded(book.thumbnails()), 20);
    await book.lock();
    const hint = (await lock.sampleHint().textContent()) ?? '';
    await lock.unlockWithSentence(hint.replace(/^.*: /, '').trim());
    await book.goToAllBooks();

    await shelf.startNewBook();
    const created = await wizard.create({ nickname: 'Sam', language: 'en' });
    await book.waitForMeNow();
    await book.fillMeNow({ likes: 'skating', proudOf: 'my drawings' });
    assert.equal((await book.saveMeNow()).text, 'Saved');
    await book.uploadPhoto(randomPhoto());

    await book.goToSettings();
    assert.equal(await settings.setPin('4711'), 'The PIN works until the app closes.');
    assert.equal(await settings.setAutoLock(5), 'Saved.');
    await settings.storageTexts();
    await book.goToAboutLock();
    await book.lock();
    await lock.unlockWithPin('4711');
    await book.lock();
    await lock.reload();
    await lock.unlockWithSentence(created.sentence);
    await book.goToMeNow();
    await book.waitForMeNow();
    await book.waitForImagesLoaded(book.portrait());

    const requests = app.requests();
    assert.ok(
      requests.some((url) => url.startsWith(`${app.baseURL}/assets/`)),
      'requests were recorded',
    );
    assert.deepEqual(app.foreignRequests(), [], 'requests went to another origin');
    assert.deepEqual(geolocationCalls, [], 'navigator.geolocation was called');
    assert.deepEqual(
      app.consoleErrors().filter((m) => /Content Security Policy|Refused to/i.test(m)),
      [],
      'the CSP blocked something the app tried to load',
    );
    assert.deepEqual(app.pageErrors(), []);
  });
});
