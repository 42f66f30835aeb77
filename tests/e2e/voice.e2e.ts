import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { RoadPage } from './pages/road-page';
import { ShelfPage } from './pages/shelf-page';
import { FAKE_MICROPHONE_ARGS, VoiceRecorderPage } from './pages/voice-recorder';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/**
 * Issue 14: a child who cannot write tells a memory with her voice, through Chromium's fake
 * microphone: recorded from the road, listened to, saved as a memory, and still there (with its
 * length) after a reload and unlocking.
 */
describe('telling a memory with one’s voice (young mode, fake microphone)', () => {
  let app: LaunchedApp;
  let created: CreatedBook;

  beforeAll(async () => {
    app = await launchApp({
      extraArgs: FAKE_MICROPHONE_ARGS,
      contextOptions: { viewport: { width: 1024, height: 768 } },
    });
    const shelf = new ShelfPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await new CreateBookPage(app.page, app.baseURL).create({
      nickname: 'Ida',
      birthDate: { year: 2019, month: 5, day: 2 },
      ageMode: 'young',
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('records 2 s from the road, plays it, saves a memory, and plays it again after a reload', async () => {
    const road = new RoadPage(app.page, app.baseURL);
    const voice = new VoiceRecorderPage(app.page, app.baseURL);
    await road.goToTimeline();
    // The road's first way to tell a memory is the voice.
    const first = app.page.locator('.timeline-empty a.btn').first();
    assert.equal((await first.textContent())?.trim(), 'Tell it with your voice');
    await first.click();
    await road.heading().filter({ hasText: 'Tell a memory with your voice' }).waitFor();

    await voice.record(2);
    const status = await voice.recorder().getByRole('status').textContent();
    assert.match(status ?? '', /^The recording has stopped\. It lasts 0:0[23]\.$/);
    const before = await voice.playAndMeasure(voice.listen());
    assert.ok(Number.isFinite(before) && before > 1.5 && before < 4, `length ${before} s`);
    await expectNoAxeViolations(app.page, 'the voice recorder with a recording');

    await voice.recorder().getByRole('button', { name: 'Save' }).click();
    const now = new Date();
    const title = `Voice memory from ${now.toLocaleString('en', { month: 'long' })} ${now.getFullYear()}`;
    await app.page.locator('.entry-page h1', { hasText: title }).waitFor({ timeout: 30_000 });
    const stored = app.page.locator('.voice-notes audio').first();
    const played = await voice.playAndMeasure(stored);
    assert.ok(Number.isFinite(played) && played > 1.5, `stored length ${played} s`);

    // A reload locks the book; the voice note opens again from its sealed pieces.
    await withTimeout(app.page.reload(), 30_000, 'reload');
    const lock = new LockScreen(app.page, app.baseURL);
    await lock.waitForLocked(30_000);
    await lock.unlockWithSentence(created.sentence);
    await app.page.locator('.entry-page h1', { hasText: title }).waitFor({ timeout: 30_000 });
    const again = await voice.playAndMeasure(app.page.locator('.voice-notes audio').first());
    assert.ok(Number.isFinite(again) && again > 1.5, `length after reload ${again} s`);
    assert.deepEqual(app.pageErrors(), []);
  });
});
