import type { Locator } from 'playwright-core';

import { withTimeout } from '../support/browser';

import { BookPage } from './book-page';

export type EntryKindName =
  'Home' | 'School' | 'Free time' | 'Event' | 'Memory' | 'Letter' | 'Dream';

/** A date as the editor asks for it, driven with its English labels. */
export type DateInput =
  | { year: number; approx?: boolean }
  | { season: 'Winter' | 'Spring' | 'Summer' | 'Autumn'; year: number }
  | { month: string; year: number }
  | { day: number; month: string; year: number }
  | { age: number };

export interface NewEntry {
  kind: EntryKindName;
  title: string;
  story?: string;
  /** A moment's date ("When was it?"). */
  date?: DateInput;
  /** A period's start and end; `end: 'now'` ticks "until now". */
  start?: DateInput;
  end?: DateInput | 'now';
  place?: string;
  /** Homes start secret; set false to untick. */
  secret?: boolean;
  feeling?: string;
  newPerson?: { name: string; relation: string };
  people?: string[];
  sealedUntil?: string;
  adultAuthor?: string;
}

/** The timeline area of an open book: the list, the editor, an entry, the bin, the lists. */
export class TimelinePage extends BookPage {
  async goToTimeline(): Promise<void> {
    await this.nav().getByRole('link', { name: 'Timeline', exact: true }).click();
    await this.heading()
      .filter({ hasText: /^Timeline$/ })
      .waitFor();
  }

  /** Waits until the timeline has decrypted its entries (the list or the empty state shows). */
  async waitForTimeline(timeoutMs = 30_000): Promise<void> {
    await this.page
      .locator('.timeline-list, .timeline-empty, .timeline-no-matches')
      .first()
      .waitFor({ timeout: timeoutMs });
  }

  list(): Locator {
    return this.page.locator('.timeline-list');
  }

  /**
   * The text of every row of one kind, top to bottom. The list is virtualised (only rows near
   * the screen exist), so this scrolls through the whole page, then back to where it was.
   */
  private rowTexts(selector: string): Promise<string[]> {
    return withTimeout(
      this.page.evaluate(async (sel) => {
        const frames = () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                setTimeout(resolve, 30);
              });
            });
          });
        const seen = new Map<number, string>();
        const collect = () => {
          for (const row of document.querySelectorAll('.timeline-list .timeline-row')) {
            const hit = row.querySelector(sel);
            if (hit) seen.set(Number(row.getAttribute('data-index')), hit.textContent.trim());
          }
        };
        const start = window.scrollY;
        window.scrollTo(0, 0);
        await frames();
        collect();
        const page = document.documentElement;
        while (window.scrollY + window.innerHeight < page.scrollHeight - 1) {
          const before = window.scrollY;
          window.scrollBy(0, window.innerHeight * 0.7);
          await frames();
          collect();
          if (window.scrollY === before) break;
        }
        window.scrollTo(0, start);
        await frames();
        return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
      }, selector),
      20_000,
      `reading ${selector} on the timeline`,
    );
  }

  /** Titles of every entry card, top to bottom (the feeling emoji left out). */
  entryTitles(): Promise<string[]> {
    return this.rowTexts('article h3 a');
  }

  /** "2016 · age 4", "when I was 25", … in order. */
  yearHeadings(): Promise<string[]> {
    return this.rowTexts('h2');
  }

  /** Scrolls the virtual list until the card with this title exists, and shows it. */
  async revealCard(title: string): Promise<Locator> {
    const found = await withTimeout(
      this.page.evaluate(async (wanted) => {
        const frames = () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => {
              requestAnimationFrame(() => {
                setTimeout(resolve, 30);
              });
            });
          });
        const find = () =>
          [...document.querySelectorAll('.timeline-list article h3 a')].find(
            (a) => a.textContent.trim() === wanted,
          );
        window.scrollTo(0, 0);
        await frames();
        const page = document.documentElement;
        for (;;) {
          const hit = find();
          if (hit) {
            hit.scrollIntoView({ block: 'center' });
            await frames();
            return true;
          }
          const before = window.scrollY;
          window.scrollBy(0, window.innerHeight * 0.7);
          await frames();
          if (window.scrollY === before || window.scrollY + window.innerHeight >= page.scrollHeight)
            return find() !== undefined;
        }
      }, title),
      20_000,
      `finding "${title}" on the timeline`,
    );
    if (!found) throw new Error(`"${title}" is not on the timeline`);
    return this.card(title);
  }

  card(title: string): Locator {
    return this.list()
      .locator('article')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  // ---- the editor ---------------------------------------------------------------------------

  async startNewEntry(): Promise<void> {
    await this.page.getByRole('link', { name: 'Add to the timeline' }).click();
    await this.heading().filter({ hasText: 'Add to the timeline' }).waitFor();
  }

  group(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  async fillDate(legend: string, date: DateInput): Promise<void> {
    const group = this.group(legend);
    if ('age' in date) {
      await group.getByRole('radio', { name: 'How old I was' }).check();
      await group.getByLabel('How old were you?').fill(String(date.age));
      return;
    }
    if ('day' in date) await group.getByRole('radio', { name: 'The day', exact: true }).check();
    else if ('month' in date) {
      await group.getByRole('radio', { name: 'The month', exact: true }).check();
    } else if ('season' in date) {
      await group.getByRole('radio', { name: 'The season', exact: true }).check();
    } else await group.getByRole('radio', { name: 'The year', exact: true }).check();
    await group.getByLabel('Year', { exact: true }).fill(String(date.year));
    if ('season' in date)
      await group.getByLabel('Season', { exact: true }).selectOption(date.season);
    if ('month' in date) await group.getByLabel('Month', { exact: true }).selectOption(date.month);
    if ('day' in date)
      await group.getByLabel('Day', { exact: true }).selectOption(String(date.day));
    if ('approx' in date && date.approx) await group.getByLabel(/^About/).check();
  }

  /** Fills the editor; call `save()` after. */
  async fillEntry(entry: NewEntry): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${entry.kind}\\b`) }).check();
    await this.page.getByLabel('Title', { exact: true }).fill(entry.title);
    if (entry.story !== undefined) {
      await this.page.getByLabel('Tell the story', { exact: true }).fill(entry.story);
    }
    if (entry.date) await this.fillDate('When was it?', entry.date);
    if (entry.start) await this.fillDate('When did it start?', entry.start);
    if (entry.end === 'now') {
      await this.page.getByLabel('It is still like this (until now)').check();
    } else if (entry.end) await this.fillDate('When did it end?', entry.end);
    if (entry.feeling) await this.page.getByRole('radio', { name: entry.feeling }).check();
    if (entry.place !== undefined) {
      await this.page.getByLabel('Place or address', { exact: true }).fill(entry.place);
    }
    if (entry.secret === false) await this.page.getByLabel('Secret address 🔒').uncheck();
    for (const name of entry.people ?? []) {
      await this.group('Who was there?').getByLabel(name).check();
    }
    if (entry.newPerson) {
      await this.button('Add a new person').click();
      await this.page.getByLabel('Name or nickname').fill(entry.newPerson.name);
      await this.page.getByLabel(/Who are they to you/).fill(entry.newPerson.relation);
      await this.button('Add the person').click();
    }
    if (entry.adultAuthor !== undefined) {
      await this.page.getByRole('radio', { name: 'A grown-up' }).check();
      await this.page.getByLabel('The grown-up’s name').fill(entry.adultAuthor);
    }
    if (entry.sealedUntil !== undefined) {
      await this.page.getByLabel(/Seal the letter until a date/).check();
      await this.page.getByLabel('The letter can be opened on').fill(entry.sealedUntil);
    }
  }

  /** Presses Save and waits for the saved entry's own page. */
  async save(title: string, timeoutMs = 15_000): Promise<void> {
    await this.button('Save').click();
    await this.page.locator('.entry-page h1', { hasText: title }).waitFor({ timeout: timeoutMs });
  }

  /** The messages at the top of the editor after a failed save. */
  problemSummary(): Locator {
    return this.page.locator('.problem-summary');
  }

  async addEntry(entry: NewEntry): Promise<void> {
    await this.startNewEntry();
    await this.fillEntry(entry);
    await this.save(entry.title);
  }

  // ---- one entry ----------------------------------------------------------------------------

  entryPage(): Locator {
    return this.page.locator('.entry-page');
  }

  async backToTimeline(): Promise<void> {
    await this.page.getByRole('link', { name: 'Back to the timeline' }).click();
    await this.heading()
      .filter({ hasText: /^Timeline$/ })
      .waitFor();
    await this.waitForTimeline();
  }

  async openEntry(title: string): Promise<void> {
    const card = await this.revealCard(title);
    await card.getByRole('link', { name: title, exact: true }).click();
    await this.page.locator('.entry-page h1', { hasText: title }).waitFor();
  }

  async putInBin(): Promise<void> {
    await this.button('Put in the bin').click();
    await this.heading()
      .filter({ hasText: /^Timeline$/ })
      .waitFor();
  }

  // ---- filters ------------------------------------------------------------------------------

  kindFilter(kind: EntryKindName): Locator {
    return this.page.locator('.kind-filter').getByRole('button', { name: kind, exact: true });
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }

  personFilter(): Locator {
    return this.page.getByLabel('With', { exact: true });
  }

  async clearFilters(): Promise<void> {
    await this.button('Show everything').click();
  }

  /** Waits until the cards on screen are exactly these (filters apply a moment later). */
  async waitForTitles(titles: string[], timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last: string[] = [];
    while (Date.now() < deadline) {
      last = await this.entryTitles();
      if (JSON.stringify(last) === JSON.stringify(titles)) return;
      await this.page.waitForTimeout(100);
    }
    throw new Error(`expected ${JSON.stringify(titles)}, saw ${JSON.stringify(last)}`);
  }

  // ---- the bin ------------------------------------------------------------------------------

  binLink(): Locator {
    return this.page.getByRole('link', { name: /^The bin/ });
  }

  async openBin(): Promise<void> {
    await this.binLink().click();
    await this.heading().filter({ hasText: 'The bin' }).waitFor();
  }

  binItems(): Locator {
    return this.page.locator('.bin-list .bin-item');
  }

  async restore(title: string): Promise<void> {
    await this.page.getByRole('button', { name: `Put back: ${title}`, exact: true }).click();
    await this.page.getByText(`“${title}” is back on the timeline.`).waitFor();
  }
}
