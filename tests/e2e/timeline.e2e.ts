import assert from 'node:assert/strict';

import { afterAll, beforeAll, describe, it } from 'vitest';

import { CreateBookPage, type CreatedBook } from './pages/create-book-page';
import { LockScreen } from './pages/lock-screen';
import { ShelfPage } from './pages/shelf-page';
import { TimelinePage } from './pages/timeline-page';
import { expectNoAxeViolations } from './support/axe';
import { launchApp, type LaunchedApp } from './support/browser';

/**
 * A child (with an adult) builds the timeline of a new book: a secret home, a school, a memory
 * with a feeling and a person, a sealed letter. Born March 2012, so 2016 is "age 4".
 */
describe('timeline', () => {
  let app: LaunchedApp;
  let shelf: ShelfPage;
  let wizard: CreateBookPage;
  let timeline: TimelinePage;
  let lock: LockScreen;
  let created: CreatedBook;

  const home = 'With Hanne and Jens';
  const school = 'River School';
  const memory = 'The day at the beach';
  const letter = 'To me at 18';
  const order = [home, school, memory, letter];

  beforeAll(async () => {
    app = await launchApp();
    shelf = new ShelfPage(app.page, app.baseURL);
    wizard = new CreateBookPage(app.page, app.baseURL);
    timeline = new TimelinePage(app.page, app.baseURL);
    lock = new LockScreen(app.page, app.baseURL);
  });

  afterAll(async () => {
    await app.close();
  });

  it('adds a secret home, a school, a memory with a feeling and a person, and a sealed letter', async () => {
    await shelf.open({ lang: 'en' });
    await shelf.startNewBook();
    created = await wizard.create({
      nickname: 'Aya',
      birthDate: { year: 2012, month: 3, day: 10 },
      ageMode: 'middle',
    });
    await timeline.goToTimeline();
    await timeline.waitForTimeline();
    await app.page.getByText('The timeline is empty so far').waitFor();

    // The editor, first with nothing filled in: clear messages, nothing saved.
    await timeline.startNewEntry();
    await expectNoAxeViolations(app.page, 'the entry editor');
    await timeline.button('Save').click();
    await timeline.problemSummary().getByText('Choose what you want to tell about.').waitFor();
    await timeline.page.getByRole('radio', { name: /^School\b/ }).check();
    await timeline.fillDate('When did it start?', { year: 2020 });
    await timeline.fillDate('When did it end?', { year: 2018 });
    await timeline.button('Save').click();
    await timeline.problemSummary().getByText('Write a title.').waitFor();
    await timeline
      .problemSummary()
      .getByText('It cannot end before it started.', { exact: false })
      .waitFor();
    await expectNoAxeViolations(app.page, 'the entry editor with problems');
    await timeline.button('Cancel').click();
    await timeline.waitForTimeline();

    await timeline.addEntry({
      kind: 'Home',
      title: home,
      story: 'There was an apple tree and a cat called Mis.',
      start: { season: 'Autumn', year: 2016 },
      end: { month: 'June', year: 2020 },
      place: 'Æblevej 7, Secret town',
    });
    await timeline.entryPage().getByText('Secret address:').waitFor();
    await timeline
      .entryPage()
      .getByText('Home · autumn 2016–June 2020 · From age 4 to 8')
      .waitFor();
    await expectNoAxeViolations(app.page, 'an entry');
    await timeline.backToTimeline();

    await timeline.addEntry({
      kind: 'School',
      title: school,
      start: { month: 'August', year: 2018 },
      end: 'now',
    });
    await timeline.backToTimeline();

    await timeline.addEntry({
      kind: 'Memory',
      title: memory,
      story: 'We built a sandcastle and Noah found a crab.',
      date: { season: 'Summer', year: 2019 },
      feeling: 'Happy',
      newPerson: { name: 'Noah', relation: 'Little brother' },
    });
    await timeline.entryPage().getByRole('img', { name: 'Feeling: Happy' }).waitFor();
    await timeline.entryPage().getByText('Noah', { exact: true }).waitFor();
    await timeline.backToTimeline();

    await timeline.addEntry({
      kind: 'Letter',
      title: letter,
      story: 'Dear me. You did it.',
      date: { year: 2024 },
      sealedUntil: '2030-03-10',
    });
    await timeline.entryPage().getByText('Can be opened on 10 March 2030').waitFor();
    await timeline
      .entryPage()
      .getByText(/The seal is a ritual, not a lock/)
      .waitFor();
    assert.equal(await timeline.entryPage().getByText('Dear me. You did it.').count(), 0);
    await timeline.backToTimeline();
  });

  it('shows them in order, grouped by year with ages, periods beside the moments', async () => {
    assert.deepEqual(await timeline.entryTitles(), order);
    const years = await timeline.yearHeadings();
    assert.deepEqual(years.slice(0, 4), [
      '2016 · age 4',
      '2017 · age 5',
      '2018 · age 6',
      '2019 · age 7',
    ]);
    // The home still goes on in 2017, with no moment of its own that year.
    const y2017 = timeline.list().locator('.timeline-year-group', { hasText: '2017 · age 5' });
    await y2017.getByRole('link', { name: new RegExp(home) }).waitFor();
    const card = await timeline.revealCard(memory);
    await card.getByText('Memory · summer 2019').waitFor();
    await card.getByText('Written by me').waitFor();
    const homeCard = await timeline.revealCard(home);
    // A secret address stays masked until asked for (issue 15).
    assert.equal(await homeCard.getByText('Æblevej 7, Secret town').count(), 0);
    await homeCard.getByRole('button', { name: 'Show secret address' }).click();
    await homeCard.getByText('Æblevej 7, Secret town').waitFor();
    await expectNoAxeViolations(app.page, 'the timeline');
    await (await timeline.revealCard(letter)).getByText(/Sealed letter/).waitFor();
    await expectNoAxeViolations(app.page, 'the timeline, further down');
    await app.page.evaluate(() => {
      window.scrollTo(0, 0);
    });

    await timeline.page.getByRole('link', { name: 'Where I have lived' }).click();
    await timeline.heading().filter({ hasText: 'Where I have lived' }).waitFor();
    await timeline.page.getByRole('link', { name: home }).waitFor();
    await timeline.backToTimeline();
  });

  it('filters by kind and by person, and searches without opening sealed letters', async () => {
    await timeline.kindFilter('Memory').click();
    await timeline.waitForTitles([memory]);
    await timeline.kindFilter('Home').click();
    await timeline.waitForTitles([home, memory]);
    await timeline.page.getByText('Showing 2 of 4').waitFor();
    await timeline.clearFilters();
    await timeline.waitForTitles(order);

    await timeline.personFilter().selectOption({ label: 'Noah' });
    await timeline.waitForTitles([memory]);
    await timeline.personFilter().selectOption({ label: 'Everyone' });

    await timeline.searchBox().fill('sandcastle');
    await timeline.waitForTitles([memory]);
    await timeline.searchBox().fill('you did it');
    await timeline.page.getByText(/Nothing matches/).waitFor();
    await timeline.clearFilters();
    await timeline.waitForTitles(order);
  });

  it('puts an entry in the bin and restores it', async () => {
    await timeline.openEntry(memory);
    await timeline.putInBin();
    await timeline.page.getByText(`“${memory}” is in the bin.`, { exact: false }).waitFor();
    await timeline.waitForTitles([home, school, letter]);
    await timeline.binLink().filter({ hasText: '(1)' }).waitFor();

    await timeline.openBin();
    assert.equal(await timeline.binItems().count(), 1);
    await timeline
      .binItems()
      .getByText(/Gone in 30 days/)
      .waitFor();
    await expectNoAxeViolations(app.page, 'the bin');
    await timeline.restore(memory);
    await timeline.page.getByText('The bin is empty.').waitFor();
    await timeline.backToTimeline();
    await timeline.waitForTitles(order);
  });

  it('keeps everything through a reload and a lock and unlock', async () => {
    await timeline.reload();
    await lock.waitForLocked();
    await lock.unlockWithSentence(created.sentence);
    await timeline.waitForTimeline();
    await timeline.waitForTitles(order);

    await timeline.lock();
    assert.equal(await timeline.list().count(), 0, 'nothing of the timeline behind the lock');
    await lock.unlockWithSentence(created.sentence);
    await timeline.waitForTimeline();
    await timeline.waitForTitles(order);
    await timeline.openEntry(home);
    await timeline.entryPage().getByText('Secret address:').waitFor();
    await timeline.entryPage().getByText('Written by me').waitFor();

    assert.deepEqual(app.pageErrors(), []);
    assert.deepEqual(app.foreignRequests(), []);
  });
});
