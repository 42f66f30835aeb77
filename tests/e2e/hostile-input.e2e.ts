import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { selectForExport, writePack } from '../../src/pack';
import type { Sector } from '../../src/domain/lists';
import type { Person } from '../../src/domain/types';
import { maxUnits, TEXT_LIMITS } from '../../src/domain/limits';
import {
  HOSTILE_TEXTS,
  MEGABYTE_TEXT,
  RTL_FILE_NAME,
  hostile,
} from '../../src/testing/hostile-corpus';
import { pdfFlowText, pdfText } from '../../src/testing/pdf-text-fixtures';

import { BookPage } from './pages/book-page';
import { CreateBookPage } from './pages/create-book-page';
import { MovingPackPage, noSavePickerScript } from './pages/moving-pack-page';
import { ImportPage } from './pages/import-page';
import { LockScreen } from './pages/lock-screen';
import { PeoplePage } from './pages/people-page';
import { PhotosPage } from './pages/photos-page';
import { ShelfPage } from './pages/shelf-page';
import { TimelinePage, type EntryKindName, type NewEntry } from './pages/timeline-page';
import { rootOf, unzipPack, writeUnpacked } from './support/bag';
import { launchApp, withTimeout, type LaunchedApp } from './support/browser';
import {
  injectedMarkup,
  overflowsSideways,
  pdfComparable,
  pwned,
  responseTime,
  watchDialogs,
} from './support/hostile';
import { randomPhoto } from './support/png';
import { dumpOriginStorage, findInDump } from './support/storage-dump';

/** The whole corpus as one text, a line each: for the fields that hold a story. */
const ALL = HOSTILE_TEXTS.map((h) => h.text).join('\n');
const text = (i: number): string => HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]?.text ?? '';

/** A name that fits the cover's 40 characters and still carries markup. */
const NICKNAME = hostile('svg onload').text;
const KINDS: readonly EntryKindName[] = [
  'Home',
  'School',
  'Free time',
  'Event',
  'Memory',
  'Letter',
  'Dream',
];

/** On a phone's width too, a long hostile word wraps instead of pushing the page sideways. */
async function assertFitsAPhone(app: LaunchedApp, where: string): Promise<void> {
  const size = app.page.viewportSize() ?? { width: 1024, height: 900 };
  await app.page.setViewportSize({ width: 360, height: 740 });
  try {
    assert.equal(await overflowsSideways(app.page), false, `${where} fits 360 px`);
  } finally {
    await app.page.setViewportSize(size);
  }
}

function cspErrors(app: LaunchedApp): string[] {
  return app.consoleErrors().filter((m) => /Content Security Policy|Refused to/i.test(m));
}

describe('hostile input: every field, the moving pack, the limits', () => {
  let app: LaunchedApp;
  let dialogs: string[];
  let dir: string;
  let sentence: string;
  /** Each entry as typed. */
  const entries: NewEntry[] = [];
  const person = {
    name: hostile('img onerror').text,
    relation: hostile('link to javascript:').text,
    note: ALL,
  };
  const newPerson = { name: hostile('base href').text, relation: hostile('entities').text };
  const adultAuthor = hostile('template syntax').text;
  const meNow = {
    likes: ALL,
    goodAt: hostile('closing script').text,
    proudOf: hostile('emoji sequences').text,
    dreams: hostile('combining accents').text,
  };
  const caption = ALL;
  /** A file that is no picture: its name is shown in the import summary. */
  const badFileName = `${hostile('RTL override file name').text}.txt`;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'livsbog-hostile-'));
    app = await launchApp({
      contextOptions: { acceptDownloads: true, viewport: { width: 1024, height: 900 } },
    });
    await app.context.addInitScript(noSavePickerScript);
    dialogs = watchDialogs(app.page);
  });

  afterAll(async () => {
    await app.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('the cover refuses an empty, an invisible and an over-long name, and keeps markup as text', async () => {
    const shelf = new ShelfPage(app.page, app.baseURL);
    const wizard = new CreateBookPage(app.page, app.baseURL);
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    for (const [nickname, message] of [
      ['   ', 'Write a name for the book.'],
      ['\u202E\u200B', 'Write a name for the book.'],
      [hostile('meta refresh').text, 'The name can be at most 40 characters.'],
    ] as const) {
      await wizard.fillCover({ nickname, ageMode: 'teen' });
      await wizard.nextButton().click();
      await wizard.errors().filter({ hasText: message }).waitFor();
    }
    await wizard.fillCover({ nickname: NICKNAME, birthDate: { year: 2012, month: 3, day: 4 } });
    await wizard.nextToStep(2);
    sentence = await wizard.confirmSentence();
    await wizard.nextToStep(3, 60_000);
    await wizard.finish();
    const book = new BookPage(app.page, app.baseURL);
    assert.equal((await book.bookName().textContent())?.trim(), NICKNAME);
    await book.goToAllBooks();
    assert.deepEqual(await shelf.bookNames(), [NICKNAME]);
    // Leaving for the shelf locked the book.
    await shelf.openBook(NICKNAME);
    await new LockScreen(app.page, app.baseURL).unlockWithSentence(sentence);
    await book.waitForMeNow();
  }, 120_000);

  it('"Me now" keeps four answers of hostile text exactly as typed', async () => {
    const book = new BookPage(app.page, app.baseURL);
    await book.fillMeNow(meNow);
    assert.deepEqual(await book.saveMeNow(), { ok: true, text: 'Saved' });
    // Away and back, so the form reads the book again (a reload would lock it).
    await book.goToSettings();
    await book.goToMeNow();
    assert.deepEqual(await book.meNowValues(), meNow);
  });

  it('the timeline takes an entry of every kind with a hostile title, story and place', async () => {
    const timeline = new TimelinePage(app.page, app.baseURL);
    await timeline.goToTimeline();
    await timeline.waitForTimeline();

    // A title of nothing that shows is refused, and nothing is saved.
    await timeline.startNewEntry();
    await timeline.fillEntry({ kind: 'Memory', title: ' \u202E\u200B ' });
    await timeline.button('Save').click();
    await timeline.problemSummary().getByText('Write a title.').waitFor();
    await timeline.button('Cancel').click();
    await timeline.waitForTimeline();

    for (const [i, kind] of KINDS.entries()) {
      const period = kind === 'Home' || kind === 'School' || kind === 'Free time';
      const entry: NewEntry = {
        kind,
        title: text(i),
        // One story holds the whole corpus; the others one text each.
        story: kind === 'Event' ? ALL : text(i + KINDS.length),
        place: text(i + 2 * KINDS.length),
        ...(period ? { start: { year: 2016 + i } } : { date: { year: 2016 + i } }),
        ...(kind === 'Home' ? { secret: false } : {}),
        ...(kind === 'Letter' ? { adultAuthor } : {}),
        ...(kind === 'Event' ? { newPerson } : {}),
      };
      await timeline.addEntry(entry);
      entries.push(entry);
      const shown = await timeline.entryPage().innerText();
      for (const part of [entry.title, ...(entry.story ?? '').split('\n'), entry.place ?? '']) {
        assert.ok(shown.includes(part), `${kind}: the entry page shows ${JSON.stringify(part)}`);
      }
      if (kind === 'Letter') assert.ok(shown.includes(adultAuthor), 'the author is shown');
      assert.equal(await overflowsSideways(app.page), false, `${kind}: no text runs off the page`);
      if (kind === 'Event') await assertFitsAPhone(app, 'the entry page with the whole corpus');
      await timeline.backToTimeline();
    }
    assert.deepEqual(
      [...(await timeline.entryTitles())].sort(),
      entries.map((e) => e.title).sort(),
      'every title is on the timeline, as text',
    );
    // The search box is a field too: it finds the entries that hold the text, and nothing runs.
    const query = hostile('closing script').text;
    const expected = entries
      .filter((e) => [e.title, e.story ?? '', e.place ?? ''].some((f) => f.includes(query)))
      .map((e) => e.title)
      .sort();
    assert.ok(expected.length >= 2);
    await timeline.searchBox().fill(query);
    const deadline = Date.now() + 10_000;
    let shown: string[] = [];
    while (Date.now() < deadline) {
      shown = [...(await timeline.entryTitles())].sort();
      if (JSON.stringify(shown) === JSON.stringify(expected)) break;
      await app.page.waitForTimeout(100);
    }
    assert.deepEqual(shown, expected, 'the search finds the entries holding the text');
    await timeline.clearFilters();
  }, 240_000);

  it('people: refuses names of nothing, and shows a hostile name, relation and note as text', async () => {
    const people = new PeoplePage(app.page, app.baseURL);
    await people.goToPeople();
    await people.openNewPerson();
    for (const blank of ['   ', '\u200B\u202E']) {
      await people.nameField().fill(blank);
      await people.submitPerson();
      await people.formErrors().filter({ hasText: 'Write a name or a nickname.' }).waitFor();
    }
    await people.nameField().fill(person.name);
    await people
      .form()
      .getByLabel('Who are they to you?', { exact: true })
      .selectOption({ label: 'Something else – write it yourself' });
    await people.form().getByLabel('In your own words', { exact: true }).fill(person.relation);
    await people.form().getByLabel('Something about them', { exact: true }).fill(person.note);
    await people.submitPerson();
    await people.heading().filter({ hasText: person.name }).waitFor();
    const page = await app.page.locator('main').innerText();
    for (const part of [person.name, person.relation, ...person.note.split('\n')]) {
      assert.ok(page.includes(part), `the person page shows ${JSON.stringify(part)}`);
    }
    assert.equal(await overflowsSideways(app.page), false, 'no text runs off the person page');
    await assertFitsAPhone(app, 'the person page');

    await people.link('All people').first().click();
    await people
      .heading()
      .filter({ hasText: /^People$/ })
      .waitFor();
    const list = await app.page.locator('.people-list').innerText();
    for (const name of [person.name, person.relation, newPerson.name, newPerson.relation]) {
      assert.ok(list.includes(name), `the list shows ${JSON.stringify(name)}`);
    }
    await people.goToMap();
    const rows = await people.mapRows();
    assert.ok(rows.some((r) => r.name === person.name && r.relation === person.relation));
    assert.ok(rows.some((r) => r.name === newPerson.name));
    const labels = await people
      .mapSvg()
      .locator('g.net-node')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    assert.ok(
      labels.some((l) => l.startsWith(person.name)),
      'the map names the person',
    );
  });

  it('photos: a right-to-left file name stays confined, a hostile caption is kept', async () => {
    const photos = new PhotosPage(app.page, app.baseURL);
    await photos.goToPhotos();
    const picture = randomPhoto(64, 48);
    await photos.importFiles([
      { ...picture, name: RTL_FILE_NAME },
      { name: badFileName, mimeType: 'text/plain', buffer: Buffer.from('not a picture') },
    ]);
    assert.equal(await photos.addedText(), '1 photo was added to the book.');
    assert.deepEqual(await photos.failureLines(), [
      { name: badFileName, reason: 'The file is not a picture.' },
    ]);
    // The override must not reorder the reason after the name: the name is isolated.
    const isolation = await photos
      .summary()
      .locator('.import-failure-name')
      .evaluate((el) => {
        const inner = el.querySelector('bdi') ?? el;
        return getComputedStyle(inner).unicodeBidi;
      });
    assert.match(isolation, /isolate|plaintext/, `the file name is isolated (${isolation})`);

    await photos.waitForGallery(1);
    const [id] = await photos.tileIds();
    assert.ok(id);
    await photos.openPhoto(id);
    await photos.editPhoto({ caption });
    await photos.closePhoto();
    await photos.openPhoto(id);
    assert.equal(await photos.captionField().inputValue(), caption);
    await photos.closePhoto();
  });

  it('ran nothing, loaded nothing from elsewhere and injected no markup', async () => {
    assert.equal(await pwned(app.page), undefined, 'window.__pwned is not set');
    assert.deepEqual(dialogs, [], 'no alert, confirm or prompt');
    assert.deepEqual(await injectedMarkup(app.page), []);
    assert.deepEqual(app.foreignRequests(), [], 'no request left the origin');
    assert.deepEqual(cspErrors(app), [], 'the CSP had nothing to block');
    assert.deepEqual(app.pageErrors(), []);
  });

  it('locked: no sealed text is readable from any browser storage', async () => {
    const book = new BookPage(app.page, app.baseURL);
    await book.lock();
    const dump = await dumpOriginStorage(app.page);
    // Open again before judging, so a finding here does not leave the later tests locked out.
    await new LockScreen(app.page, app.baseURL).unlockWithSentence(sentence);
    await book.waitForOpen();
    assert.ok(
      dump.stores.some((s) => s.endsWith('/entries')),
      'the dump read the entries',
    );
    assert.notDeepEqual(findInDump(dump, NICKNAME), [], 'the cover is readable by design');
    const sealed = [
      ...Object.values(meNow),
      ...entries.flatMap((e) => [e.title, e.place ?? '']),
      ...HOSTILE_TEXTS.map((h) => h.text).filter((t) => t !== NICKNAME),
      person.name,
      newPerson.name,
      adultAuthor,
    ];
    // The cover's name is readable by design; the same text as a title is sealed, but can only
    // be told apart from the cover by its context, so it is left out here.
    for (const value of new Set(sealed.filter((v) => v !== '' && v !== NICKNAME))) {
      assert.deepEqual(findInDump(dump, value), [], `readable at rest: ${JSON.stringify(value)}`);
    }
    // The photo's own file name is not kept at all.
    assert.deepEqual(findInDump(dump, RTL_FILE_NAME), [], 'the file name was stored');
  }, 120_000);

  it('the moving pack keeps every text exactly; its HTML and PDF show it and run nothing', async () => {
    const pack = new MovingPackPage(app.page, app.baseURL);
    // Through the menu: loading a page anew would lock the book.
    await pack.openFromNav();
    const files = unzipPack(await pack.downloadPack(dir));
    const root = rootOf(files);
    const file = (name: string) => files.get(`${root}/data/${name}`) ?? new Uint8Array();
    assert.ok(!root.includes('<') && !root.includes('"'), `a safe folder name: ${root}`);
    for (const name of files.keys()) {
      // Every name the pack holds is plain ASCII, whatever the captions and file names were.
      assert.match(name.slice(root.length + 1), /^(data\/(media\/)?)?[A-Za-z0-9._-]+$/);
      assert.ok(!name.includes('\u202E') && !name.includes('HXF1'), `a safe file name: ${name}`);
    }

    // livsbog.json: every field exactly as typed (no normalisation, nothing escaped twice).
    const json = JSON.parse(new TextDecoder().decode(file('livsbog.json'))) as {
      book: { cover: { nickname: string }; details: { meNow: Record<string, string> } };
      entries: { title: string; text: string; place?: string; author: { name?: string } }[];
      people: { name: string; relation: string; note?: string }[];
      photos: { caption?: string }[];
    };
    assert.equal(json.book.cover.nickname, NICKNAME);
    for (const [field, value] of Object.entries(meNow)) {
      assert.equal(json.book.details.meNow[field], value, `me now: ${field}`);
    }
    for (const typed of entries) {
      const stored = json.entries.find((e) => e.title === typed.title);
      assert.ok(stored, `the entry ${typed.title} is in the JSON`);
      assert.equal(stored.text, typed.story);
      assert.equal(stored.place, typed.place);
    }
    assert.ok(json.entries.some((e) => e.author.name === adultAuthor));
    assert.ok(json.people.some((p) => p.name === person.name && p.relation === person.relation));
    assert.ok(json.people.some((p) => p.note === person.note));
    assert.ok(json.people.some((p) => p.name === newPerson.name));
    assert.equal(json.photos[0]?.caption, caption);
    assert.ok(
      json.book.details.meNow.dreams?.includes('A\u030A'),
      'a decomposed Å is kept as typed (not normalised)',
    );

    // index.html, opened from disk in a browser of its own.
    const unpacked = path.join(dir, 'unpacked');
    await writeUnpacked(files, unpacked);
    const index = path.join(unpacked, root, 'data', 'index.html');
    const viewer = await launchApp();
    const viewerDialogs = watchDialogs(viewer.page);
    try {
      const before = viewer.requests().length;
      await viewer.page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
      await viewer.page.waitForTimeout(500);
      assert.equal(viewer.page.url(), pathToFileURL(index).href, 'no redirect');
      const body = await withTimeout(
        viewer.page.evaluate(() => document.body.innerText),
        15_000,
        'reading the page text',
      );
      for (const h of HOSTILE_TEXTS) {
        assert.ok(body.includes(h.text), `index.html shows ${h.marker} (${h.name}) as text`);
      }
      for (const value of [NICKNAME, person.name, person.relation, adultAuthor]) {
        assert.ok(body.includes(value), `index.html shows ${JSON.stringify(value)}`);
      }
      const counts = await withTimeout(
        viewer.page.evaluate(() => ({
          scripts: document.scripts.length,
          bases: document.querySelectorAll('base').length,
          refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
        })),
        10_000,
        'counting elements',
      );
      assert.deepEqual(counts, { scripts: 0, bases: 0, refresh: 0 });
      assert.deepEqual(await injectedMarkup(viewer.page), []);
      assert.equal(await pwned(viewer.page), undefined);
      const dataDir = pathToFileURL(path.dirname(index)).href;
      assert.deepEqual(
        viewer
          .requests()
          .slice(before)
          .filter((url) => !url.startsWith(dataDir)),
        [],
        'nothing but the bag’s own files was requested',
      );
      assert.deepEqual(viewerDialogs, []);
      assert.deepEqual(viewer.pageErrors(), []);
    } finally {
      await viewer.close();
    }

    // The PDF opens, and shows every text as far as its font can (see pdfComparable).
    const pdf = await pdfText(file('livsbog.pdf'));
    assert.ok(pdf.pageCount > 0);
    const flow = pdfComparable(pdfFlowText(pdf));
    for (const h of HOSTILE_TEXTS) {
      assert.ok(flow.includes(pdfComparable(h.text)), `the PDF shows ${h.marker} (${h.name})`);
    }
    assert.ok(flow.includes(pdfComparable(NICKNAME)));
  }, 240_000);

  it('a megabyte pasted into a story, an answer and a name: no freeze, a message, nothing saved', async () => {
    const timeline = new TimelinePage(app.page, app.baseURL);
    const book = new BookPage(app.page, app.baseURL);
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    const titlesBefore = await timeline.entryTitles();

    await timeline.startNewEntry();
    await timeline.fillEntry({ kind: 'Memory', title: 'HXMB a very long story' });
    const story = app.page.getByLabel('Tell the story', { exact: true });
    let started = performance.now();
    await story.fill(MEGABYTE_TEXT, { timeout: 60_000 });
    const fillMs = performance.now() - started;
    const answerMs = await responseTime(app.page);
    const kept = await story.evaluate((el) => (el as HTMLTextAreaElement).value.length);
    assert.equal(kept, maxUnits(TEXT_LIMITS.story), 'the paste stops at the hard cap');
    started = performance.now();
    await timeline.button('Save').click();
    await timeline
      .problemSummary()
      .getByText('The story can be at most 20,000 characters.', { exact: false })
      .waitFor();
    const refuseMs = performance.now() - started;
    await app.page
      .locator('.story-field .field-hint', { hasText: 'of 20,000 characters' })
      .waitFor();
    assert.ok((await responseTime(app.page)) < 2_000);
    await timeline.button('Cancel').click();
    await timeline.waitForTimeline();
    assert.deepEqual(await timeline.entryTitles(), titlesBefore, 'nothing was saved');

    await book.goToMeNow();
    await book.waitForMeNow();
    await book.meNowField('likes').fill(MEGABYTE_TEXT, { timeout: 60_000 });
    const saved = await book.saveMeNow();
    assert.deepEqual(saved, {
      ok: false,
      text: 'The text can be at most 5,000 characters. Make it shorter and save again.',
    });
    await book.goToSettings();
    await book.goToMeNow();
    assert.equal((await book.meNowValues()).likes, meNow.likes, 'the answer was not changed');

    const people = new PeoplePage(app.page, app.baseURL);
    await people.goToPeople();
    await people.openNewPerson();
    await people.nameField().fill(MEGABYTE_TEXT, { timeout: 60_000 });
    await people.submitPerson();
    await people
      .formErrors()
      .filter({ hasText: 'The name can be at most 80 characters.' })
      .waitFor();
    assert.ok((await responseTime(app.page)) < 2_000);
    console.log(
      `1 MB story: fill ${Math.round(fillMs)} ms, answered after ${Math.round(answerMs)} ms, ` +
        `refused in ${Math.round(refuseMs)} ms`,
    );
    assert.equal(await pwned(app.page), undefined);
    assert.deepEqual(app.pageErrors(), []);
  }, 240_000);
});

/** A book of 10,000 people, made in Node with the app's own pack code. */
async function manyPeoplePack(count: number): Promise<{ file: string; last: string }> {
  const bookId = 'book_manypeople0000001';
  const t0 = '2026-03-01T10:00:00.000Z';
  const sectors: Sector[] = [
    'family',
    'relatives',
    'placement',
    'school-work',
    'leisure',
    'friends',
    'professionals',
  ];
  // One relation per sector: every seventh person is a sister (siblings first on the people
  // page, and in the family tree), every seventh a cousin (a relative outside the tree).
  const relations = [
    'sister',
    'cousin-female',
    'pedagogue',
    'teacher',
    'coach',
    'friend',
    'mentor',
  ];
  const people: Person[] = Array.from({ length: count }, (_, i) => ({
    id: `p_${String(i).padStart(6, '0')}`,
    bookId,
    // A few hostile names among them, so the long list is also a hostile one.
    name:
      i % 1000 === 0 ? `${text(i / 1000)} ${String(i)}` : `Person ${String(i).padStart(5, '0')}`,
    relation: relations[i % relations.length] ?? 'friend',
    sector: sectors[i % sectors.length] ?? 'friends',
    closeness: ((i % 3) + 1) as 1 | 2 | 3,
    links: [],
    createdAt: t0,
    updatedAt: t0,
  }));
  const data = {
    book: {
      id: bookId,
      cover: {
        nickname: 'Ti tusind',
        emoji: '🦊',
        colour: 'sky',
        locale: 'en' as const,
        ageMode: 'teen' as const,
      },
      details: { meNow: { likes: '', goodAt: '', proudOf: '', dreams: '' }, autoLockMinutes: 0 },
    },
    entries: [],
    people,
    photos: [],
    snapshots: [],
  };
  const writer = writePack(
    { selection: selectForExport(data), readPhoto: () => Promise.reject(new Error('no photos')) },
    { appVersion: 'e2e' },
  );
  const bytes = new Uint8Array(await new Response(writer.stream).arrayBuffer());
  await writer.done;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'livsbog-many-'));
  const file = path.join(dir, writer.name);
  await writeFile(file, bytes);
  // The last card of the list: the last sector, last by name.
  const lastSector = people.filter((p) => p.sector === 'professionals');
  const last =
    lastSector
      .map((p) => p.name)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .at(-1) ?? '';
  return { file, last };
}

describe('10,000 people', () => {
  let app: LaunchedApp;
  let pack: { file: string; last: string };
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    pack = await manyPeoplePack(10_000);
    app = await launchApp({ contextOptions: { viewport: { width: 1024, height: 900 } } });
  });

  afterAll(async () => {
    await app.close();
    await rm(path.dirname(pack.file), { recursive: true, force: true });
    console.log(`10,000 people: ${JSON.stringify(timings)}`);
  });

  it('come in through the import page', async () => {
    const importer = await new ImportPage(app.page, app.baseURL).open();
    let started = performance.now();
    await importer.chooseFile(await readFile(pack.file), path.basename(pack.file));
    await importer.waitChecked();
    timings.checkMs = Math.round(performance.now() - started);
    started = performance.now();
    await importer.importAsNewBook();
    await importer.waitDone(180_000);
    timings.importMs = Math.round(performance.now() - started);
    await app.page
      .getByText(/^10.?000 people$/)
      .first()
      .waitFor();
    await importer.openNewBook();
  }, 300_000);

  it('the people page draws at once, scrolls to the last person and stays responsive', async () => {
    const page = app.page;
    const started = performance.now();
    // CSS locators: a role query would compute the names of thousands of links.
    await page.locator('nav.book-nav a[href$="/people"]').click();
    await page.locator('.people-list .person-card').first().waitFor({ timeout: 120_000 });
    timings.peoplePageMs = Math.round(performance.now() - started);
    timings.peopleAnswerMs = Math.round(await responseTime(page));
    const cards = await page.locator('.person-card').count();
    assert.ok(cards > 0 && cards < 1_000, `only the rows near the screen exist (${cards})`);

    const found = await withTimeout(
      page.evaluate(async (name) => {
        const frames = () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                setTimeout(resolve, 50);
              });
            });
          });
        window.scrollTo(0, document.documentElement.scrollHeight);
        for (let i = 0; i < 20; i += 1) {
          await frames();
          const names = [...document.querySelectorAll('.person-card-name')].map((n) =>
            n.textContent.trim(),
          );
          if (names.includes(name)) return true;
          window.scrollTo(0, document.documentElement.scrollHeight);
        }
        return false;
      }, pack.last),
      30_000,
      'scrolling to the end of the list',
    );
    assert.ok(found, `the last person (${pack.last}) shows at the end of the list`);
    assert.ok((await responseTime(page)) < 2_000);
    assert.equal(await overflowsSideways(page), false);
    // 1,429 sisters: the first 50 are listed under "My siblings", the rest counted.
    assert.equal(await page.locator('.siblings .sibling-list > li').count(), 50);
    await page.locator('.siblings', { hasText: 'And 1,379 more.' }).waitFor();
  }, 180_000);

  it('the family tree draws the closest 100, says so, and stays responsive', async () => {
    const page = app.page;
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    const started = performance.now();
    await page.locator('a[href$="/people/family"]').first().click();
    await page.locator('svg.geno-map').waitFor({ timeout: 120_000 });
    timings.familyTreeMs = Math.round(performance.now() - started);
    timings.familyTreeAnswerMs = Math.round(await responseTime(page));
    await page
      .locator('main .notice', { hasText: 'The family tree can show 100 people.' })
      .filter({ hasText: '1,429' })
      .waitFor();
    // The child and the 100 drawn, one row each.
    assert.equal(await page.locator('table.geno-table tbody tr').count(), 101);
    await page.getByText('And 1,329 more.', { exact: false }).first().waitFor();
    assert.deepEqual(app.pageErrors(), []);
    await page.goBack();
    await page.locator('.people-list .person-card').first().waitFor();
  }, 180_000);

  it('the network map draws the closest 300, says so, and its table scrolls to the end', async () => {
    const page = app.page;
    await page.evaluate(() => {
      window.scrollTo(0, 0);
    });
    const started = performance.now();
    await page.locator('a[href$="/people/map"]').first().click();
    await page.locator('svg.net-map-movable').waitFor({ timeout: 120_000 });
    await page.locator('table.net-table tbody tr[data-person-id]').first().waitFor();
    timings.mapMs = Math.round(performance.now() - started);
    timings.mapAnswerMs = Math.round(await responseTime(page));
    assert.equal(await page.locator('svg.net-map-movable g.net-node').count(), 300);
    await page
      .locator('main .notice', { hasText: 'The map can show 300 people.' })
      .filter({ hasText: 'all 10,000' })
      .waitFor();
    const rows = await page.locator('table.net-table tbody tr[data-person-id]').count();
    assert.ok(rows < 1_000, `only the table rows near the screen exist (${rows})`);
    const lastRow = await withTimeout(
      page.evaluate(async () => {
        const frames = () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                setTimeout(resolve, 50);
              });
            });
          });
        window.scrollTo(0, document.documentElement.scrollHeight);
        await frames();
        window.scrollTo(0, document.documentElement.scrollHeight);
        await frames();
        const rowsNow = document.querySelectorAll('table.net-table tbody tr[data-person-id]');
        return rowsNow[rowsNow.length - 1]?.getAttribute('data-index') ?? '';
      }),
      30_000,
      'scrolling to the end of the table',
    );
    assert.equal(lastRow, '9999', 'the last row of the table is reached');
    assert.ok((await responseTime(page)) < 2_000);
    assert.deepEqual(app.pageErrors(), []);
  }, 180_000);
});
