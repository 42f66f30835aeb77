import assert from 'node:assert/strict';

import { afterEach, beforeEach, it } from 'vitest';

import { CreateBookPage } from './pages/create-book-page';
import { ShelfPage } from './pages/shelf-page';
import { TimelinePage } from './pages/timeline-page';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';

/*
 * Issue 12, item 7: read-aloud may only use voices on the device; a network voice would send the
 * child's story to a remote service. Here the browser offers only what is not local (on this
 * machine: nothing), so the button must say so and never call speak().
 */

let app: LaunchedApp;
beforeEach(async () => {
  app = await launchApp();
  await app.context.addInitScript(() => {
    const synth = window.speechSynthesis;
    const realVoices = synth.getVoices.bind(synth);
    const spoken: string[] = [];
    Object.assign(window, { guardsSpoken: spoken });
    synth.getVoices = () => realVoices().filter((v) => !v.localService);
    synth.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.text);
    };
  });
});
afterEach(async () => {
  await app.close();
});

it('says that no voice on the device can read, and reads nothing', async () => {
  const shelf = new ShelfPage(app.page, app.baseURL);
  await shelf.open({ lang: 'en' });
  await shelf.startNewBook();
  await new CreateBookPage(app.page, app.baseURL).create({ nickname: 'Stemme' });
  const timeline = new TimelinePage(app.page, app.baseURL);
  await timeline.goToTimeline();
  await timeline.waitForTimeline();
  await timeline.addEntry({
    kind: 'Memory',
    title: 'Stranden',
    story: 'Vi byggede en borg med voldgrav.',
    date: { year: 2019 },
  });

  await timeline
    .entryPage()
    .getByRole('button', { name: 'Read aloud: Stranden', exact: true })
    .click();

  await timeline
    .entryPage()
    .getByRole('status')
    .filter({ hasText: /has no voice that can read (Danish|English) aloud without sending/ })
    .waitFor();
  const spoken = await withTimeout(
    app.page.evaluate(() => (window as unknown as { guardsSpoken: string[] }).guardsSpoken),
    10_000,
    'reading what was spoken',
  );
  assert.deepEqual(spoken, [], 'nothing was handed to speech synthesis');
  assert.equal(
    await timeline.entryPage().getByRole('button', { name: /^Stop/ }).count(),
    0,
    'the button does not pretend to read',
  );
  assert.deepEqual(app.foreignRequests(), []);
});
