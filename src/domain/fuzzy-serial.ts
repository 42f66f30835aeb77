import { fuzzyParts, isValidFuzzyDate, type Season } from './fuzzy-core';
import type { FuzzyDate } from './types';

/*
 * A compact text form of a fuzzy date, for packs, URLs and debugging:
 *
 *   2015   2015-06   2015-06-03   2015-s (season)   age:5   age:5-06   2015/age:5   …~ (approx)
 *
 * Seasons: w winter, p spring, s summer, a autumn. `parseFuzzy(serializeFuzzy(d))` equals
 * `normalizeFuzzy(d)` for every valid date.
 */

const SEASON_CODE: Readonly<Record<Season, string>> = {
  winter: 'w',
  spring: 'p',
  summer: 's',
  autumn: 'a',
};
const CODE_SEASON: Readonly<Record<string, Season>> = {
  w: 'winter',
  p: 'spring',
  s: 'summer',
  a: 'autumn',
};

const PATTERN =
  /^(?:(\d{4})(?:\/age:(0|[1-9]\d{0,2}))?|age:(0|[1-9]\d{0,2}))(?:-(\d{2})(?:-(\d{2}))?|-([wpsa]))?(~)?$/;

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** The canonical object for a date: only meaningful parts, `approx` only when true. */
export function normalizeFuzzy(d: FuzzyDate): FuzzyDate {
  const p = fuzzyParts(d);
  const out: FuzzyDate = {};
  if (p.year !== undefined) out.year = p.year;
  if (p.age !== undefined) out.age = p.age;
  if (p.month !== undefined) out.month = p.month;
  if (p.day !== undefined) out.day = p.day;
  if (p.season !== undefined) out.season = p.season;
  if (p.approx) out.approx = true;
  return out;
}

/** The text form; '' for a date with neither year nor age. */
export function serializeFuzzy(d: FuzzyDate): string {
  const p = fuzzyParts(d);
  let s: string;
  if (p.year !== undefined)
    s = String(p.year).padStart(4, '0') + (p.age !== undefined ? `/age:${p.age}` : '');
  else if (p.age !== undefined) s = `age:${p.age}`;
  else return '';
  if (p.month !== undefined)
    s += `-${two(p.month)}` + (p.day !== undefined ? `-${two(p.day)}` : '');
  else if (p.season !== undefined) s += `-${SEASON_CODE[p.season]}`;
  return p.approx ? `${s}~` : s;
}

/** The date for a text form, or null when the text is malformed or the date invalid. */
export function parseFuzzy(s: string): FuzzyDate | null {
  const m = PATTERN.exec(s);
  if (!m) return null;
  const [, year, yearAge, age, month, day, season, approx] = m;
  const d: FuzzyDate = {};
  if (year !== undefined) d.year = Number(year);
  const ageText = yearAge ?? age;
  if (ageText !== undefined) d.age = Number(ageText);
  if (month !== undefined) d.month = Number(month);
  if (day !== undefined) d.day = Number(day);
  if (season !== undefined) d.season = CODE_SEASON[season];
  if (approx !== undefined) d.approx = true;
  return isValidFuzzyDate(d) ? d : null;
}
