import type { FuzzyDate } from './types';

export type Season = NonNullable<FuzzyDate['season']>;

export const SEASONS: readonly Season[] = ['winter', 'spring', 'summer', 'autumn'];
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const MAX_AGE = 120;

/**
 * Where a season sits in a calendar year. "Winter 2015" is the winter around new year 2015
 * (December 2014 – February 2015): most of it falls in 2015, so it belongs early in that year.
 * `middle` places the season in sort order; `last` is its last month, used for ages.
 */
export const SEASON_MONTHS: Readonly<Record<Season, { middle: number; last: number }>> = {
  winter: { middle: 1, last: 2 },
  spring: { middle: 4, last: 5 },
  summer: { middle: 7, last: 8 },
  autumn: { middle: 10, last: 11 },
};

/** The parts of a fuzzy date that make sense; see `fuzzyParts`. */
export interface FuzzyParts {
  year?: number;
  age?: number;
  month?: number;
  day?: number;
  season?: Season;
  approx: boolean;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; with the year unknown, 29 February is allowed because it may exist. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isIntIn(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
}

export function isSeason(s: unknown): s is Season {
  return typeof s === 'string' && (SEASONS as readonly string[]).includes(s);
}

/**
 * A date the app may store. It needs a year or an age (else it says nothing and should be
 * stored as no date at all); both may be present, then the year places it and the age is
 * the child's own wording.
 */
export function isValidFuzzyDate(d: FuzzyDate): boolean {
  const { year, age, month, day, season, approx } = d;
  if (year === undefined && age === undefined) return false;
  if (year !== undefined && !isIntIn(year, MIN_YEAR, MAX_YEAR)) return false;
  if (age !== undefined && !isIntIn(age, 0, MAX_AGE)) return false;
  if (month !== undefined && !isIntIn(month, 1, 12)) return false;
  if (day !== undefined && (month === undefined || !isIntIn(day, 1, daysInMonth(month, year)))) {
    return false;
  }
  if (season !== undefined && (!isSeason(season) || month !== undefined)) return false;
  return approx === undefined || typeof approx === 'boolean';
}

/**
 * The usable parts of any stored date, even an invalid one (old data, a hand-edited pack):
 * a part that makes no sense is dropped rather than throwing, so sorting and display never
 * fail. The year range is not enforced here; only its shape.
 */
export function fuzzyParts(d: FuzzyDate): FuzzyParts {
  const parts: FuzzyParts = { approx: d.approx === true };
  if (isIntIn(d.year, 0, 9999)) parts.year = d.year;
  if (isIntIn(d.age, 0, 999)) parts.age = d.age;
  if (isIntIn(d.month, 1, 12)) {
    parts.month = d.month;
    if (isIntIn(d.day, 1, daysInMonth(d.month, parts.year))) parts.day = d.day;
  } else if (isSeason(d.season)) {
    parts.season = d.season;
  }
  return parts;
}

/**
 * True when the whole of `p` (within its year) lies before the earliest possible birthday.
 * Unknown parts of `p` are taken at their latest (a year-only date ends on 31 December);
 * unknown parts of the birth date at their earliest (an unknown birth month is January).
 * This makes a birthday that could fall inside `p` count as reached.
 */
function endsBeforeBirthday(p: FuzzyParts, birth: FuzzyParts): boolean {
  const endMonth = p.month ?? (p.season ? SEASON_MONTHS[p.season].last : 12);
  const endDay = p.month !== undefined ? (p.day ?? 31) : 31;
  const birthMonth = birth.month ?? 1;
  const birthDay = birth.month !== undefined ? (birth.day ?? 1) : 1;
  return endMonth < birthMonth || (endMonth === birthMonth && endDay < birthDay);
}

/**
 * The calendar year of a date. An age-only date ("da jeg var 5") becomes birth year + age,
 * one year later when its month lies wholly before the birthday (a child born in June is
 * still 5 in the March after their 6th year began), so `ageAt` of the result gives the age back.
 */
export function resolveYear(d: FuzzyDate | undefined, birth?: FuzzyDate): number | undefined {
  if (!d) return undefined;
  const p = fuzzyParts(d);
  if (p.year !== undefined) return p.year;
  if (p.age === undefined || !birth) return undefined;
  const b = fuzzyParts(birth);
  if (b.year === undefined) return undefined;
  return b.year + p.age + (endsBeforeBirthday(p, b) ? 1 : 0);
}

/**
 * The child's age in whole years at `d`. A date given as an age returns that age: it is what
 * the child said. Otherwise, when days or months are unknown, this is the age the child
 * reached during `d` — a birthday that may fall inside it counts (for a year-only date this is
 * simply year − birth year, "the year I turned N"). Undefined without a birth year, without a
 * year, or before birth.
 */
export function ageAt(birth: FuzzyDate | undefined, d: FuzzyDate): number | undefined {
  const p = fuzzyParts(d);
  if (p.age !== undefined) return p.age;
  if (!birth || p.year === undefined) return undefined;
  const b = fuzzyParts(birth);
  if (b.year === undefined) return undefined;
  const age = p.year - b.year - (endsBeforeBirthday(p, b) ? 1 : 0);
  return age >= 0 ? age : undefined;
}
