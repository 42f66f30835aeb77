import { SEASON_MONTHS, fuzzyParts, resolveYear, type FuzzyParts } from './fuzzy-core';
import type { FuzzyDate, Period } from './types';

/*
 * Sort keys are fixed-width strings (10 characters) so that plain string comparison, and an
 * IndexedDB index on the key, give the timeline order without decoding anything:
 *
 *   group(1) anchor(4) month(2) precision(1) day(2)
 *
 * group:     0 = has a year (given, or an age turned into a year with the birth date),
 *            1 = age only and no birth year (ordered by age, after every dated item),
 *            2 = no usable date (last).
 * anchor:    the year, or for group 1 the age.
 * month:     00 when unknown; a season takes its middle month (winter 01, spring 04,
 *            summer 07, autumn 10).
 * precision: 0 for a season, 1 for a known month.
 * day:       00 when unknown.
 *
 * Rule: unknown parts first within their year. "2015" sorts before everything else in 2015;
 * "June 2015" before "3 June 2015"; "summer 2015" before "July 2015" but after "June 2015".
 * `approx` does not move a date. Two dates with the same key are equal in this order; use
 * `entrySortKey`, which appends the id, when the order must be total.
 */

export const SORT_KEY_WIDTH = 10;
const MISSING_KEY = '2000000000';

function pad(n: number, width: number): string {
  return String(Math.min(Math.max(n, 0), 10 ** width - 1)).padStart(width, '0');
}

function withinYear(p: FuzzyParts): string {
  if (p.month !== undefined) return `${pad(p.month, 2)}1${pad(p.day ?? 0, 2)}`;
  if (p.season !== undefined) return `${pad(SEASON_MONTHS[p.season].middle, 2)}000`;
  return '00000';
}

export function fuzzySortKey(d: FuzzyDate | undefined, birth?: FuzzyDate): string {
  if (!d) return MISSING_KEY;
  const p = fuzzyParts(d);
  const year = resolveYear(d, birth);
  if (year !== undefined) return `0${pad(year, 4)}${withinYear(p)}`;
  if (p.age !== undefined) return `1${pad(p.age, 4)}${withinYear(p)}`;
  return MISSING_KEY;
}

export function compareFuzzy(
  a: FuzzyDate | undefined,
  b: FuzzyDate | undefined,
  birth?: FuzzyDate,
): -1 | 0 | 1 {
  const ka = fuzzySortKey(a, birth);
  const kb = fuzzySortKey(b, birth);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export interface SortableEntry {
  id: string;
  date?: FuzzyDate;
  period?: Period;
}

/**
 * A total order over entries: the date (a moment's date, or the start of a period), then the
 * id, so entries on the same fuzzy date keep one fixed order on every device and every render.
 * The date part is fixed-width, so no separator is needed before the id.
 */
export function entrySortKey(entry: SortableEntry, birth?: FuzzyDate): string {
  return fuzzySortKey(entry.date ?? entry.period?.start, birth) + entry.id;
}
