import { ageAt, MAX_YEAR, MIN_YEAR } from './fuzzy-core';
import { periodContainsYear } from './fuzzy-period';
import { entrySortKey, SORT_KEY_WIDTH } from './fuzzy-sort';
import { periodYears } from './period-span';
import type { EntryKind } from './lists';
import type { FuzzyDate, Period } from './types';

/** What the timeline needs of an entry to place it. */
export interface TimelineItem {
  id: string;
  kind: EntryKind;
  date?: FuzzyDate;
  period?: Period;
}

/**
 * One row of the timeline, flat so a virtual list can render any slice of it:
 * - `year`: "2015 · 6 år", with the periods (homes, schools, clubs) still going on that year;
 * - `age`: "da jeg var 5" for items told as an age while the birth date is unknown;
 * - `undated`: the heading before items without any date;
 * - `entry`: one item, under the heading it belongs to.
 */
export type TimelineRow<T extends TimelineItem> =
  | { type: 'year'; key: string; year: number; age?: number; continuing: T[] }
  | { type: 'age'; key: string; age: number }
  | { type: 'undated'; key: string }
  | { type: 'entry'; key: string; item: T };

export interface TimelineOptions {
  birth?: FuzzyDate;
  /** Ongoing periods ("until now") run to this year. */
  currentYear: number;
  /**
   * Also show years without moments of their own that a period covers, so the story has no
   * holes: "2018 · 4 år — living with Hanne and Jens, at daycare". Only up to `currentYear`.
   */
  fillPeriodYears?: boolean;
}

/** Where an item is placed, read from its sort key so the grouping can never disagree with it. */
type Place = { group: 'year'; year: number } | { group: 'age'; age: number } | { group: 'none' };

function placeOf(sortKey: string): Place {
  const anchor = Number(sortKey.slice(1, 5));
  if (sortKey.startsWith('0')) return { group: 'year', year: anchor };
  if (sortKey.startsWith('1')) return { group: 'age', age: anchor };
  return { group: 'none' };
}

/** Items in the book's one total order (date, unknown parts first, then id). */
export function sortTimeline<T extends TimelineItem>(items: readonly T[], birth?: FuzzyDate): T[] {
  return items
    .map((item) => ({ item, key: entrySortKey(item, birth) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((k) => k.item);
}

/** A period may cover at most this many years of filled headings (guards against odd data). */
const MAX_FILL_SPAN = 130;

function filledYears(periods: readonly TimelineItem[], opts: TimelineOptions): Set<number> {
  const years = new Set<number>();
  for (const item of periods) {
    if (!item.period) continue;
    const span = periodYears(item.period, opts.birth, opts.currentYear);
    if (span.start === undefined) continue;
    // A period typed end-first (old or imported data) fills nothing before its start.
    const from = Math.max(MIN_YEAR, span.start);
    const to = Math.min(
      MAX_YEAR,
      opts.currentYear,
      Math.max(span.start, span.end ?? span.start),
      from + MAX_FILL_SPAN,
    );
    for (let y = from; y <= to; y += 1) years.add(y);
  }
  return years;
}

/**
 * The timeline as rows: years in order, each with the child's age and the periods that go on
 * through it, then the items of that year; then items told only as an age; then undated items.
 * A period is an item in the year it starts and a "still going on" note in later years.
 */
export function timelineRows<T extends TimelineItem>(
  items: readonly T[],
  opts: TimelineOptions,
): TimelineRow<T>[] {
  const keyed = items
    .map((item) => ({ item, key: entrySortKey(item, opts.birth) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const periods = keyed.filter((k) => k.item.period !== undefined);
  const periodItems = periods.map((k) => k.item);
  const startYear = new Map<string, number>();
  for (const k of periods) {
    const p = placeOf(k.key);
    if (p.group === 'year') startYear.set(k.item.id, p.year);
  }

  const byYear = new Map<number, T[]>();
  const byAge = new Map<number, T[]>();
  const undated: T[] = [];
  for (const { item, key } of keyed) {
    const place = placeOf(key.slice(0, SORT_KEY_WIDTH));
    if (place.group === 'year') pushTo(byYear, place.year, item);
    else if (place.group === 'age') pushTo(byAge, place.age, item);
    else undated.push(item);
  }

  const years = new Set(byYear.keys());
  if (opts.fillPeriodYears) {
    for (const y of filledYears(periodItems, opts)) years.add(y);
  }

  const rows: TimelineRow<T>[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const continuing = periodItems.filter((item) => {
      const start = startYear.get(item.id);
      return (
        item.period !== undefined &&
        start !== undefined &&
        start < year &&
        periodContainsYear(item.period, year, opts.birth, opts.currentYear)
      );
    });
    const age = ageAt(opts.birth, { year });
    rows.push({
      type: 'year',
      key: `year:${year}`,
      year,
      ...(age !== undefined ? { age } : {}),
      continuing,
    });
    for (const item of byYear.get(year) ?? []) rows.push(entryRow(item));
  }
  for (const age of [...byAge.keys()].sort((a, b) => a - b)) {
    rows.push({ type: 'age', key: `age:${age}`, age });
    for (const item of byAge.get(age) ?? []) rows.push(entryRow(item));
  }
  if (undated.length > 0) {
    rows.push({ type: 'undated', key: 'undated' });
    for (const item of undated) rows.push(entryRow(item));
  }
  return rows;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function entryRow<T extends TimelineItem>(item: T): TimelineRow<T> {
  return { type: 'entry', key: `entry:${item.id}`, item };
}

/** "Where I have lived", "my schools": the items of some kinds, in timeline order. */
export function itemsOfKinds<T extends TimelineItem>(
  items: readonly T[],
  kinds: readonly EntryKind[],
  birth?: FuzzyDate,
): T[] {
  return sortTimeline(
    items.filter((i) => kinds.includes(i.kind)),
    birth,
  );
}
