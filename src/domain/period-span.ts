import { SEASON_MONTHS, ageAt, daysInMonth, fuzzyParts, resolveYear } from './fuzzy-core';
import { isOngoing } from './fuzzy-period';
import type { FuzzyDate, Period } from './types';

/** Where a period sits in whole years; `end` is undefined when it cannot be placed. */
export interface PeriodYears {
  start?: number;
  end?: number;
  ongoing: boolean;
}

/**
 * The calendar years a period covers. An ongoing period runs to `currentYear` (or its start, if
 * the start lies in the future); a period without an end covers its start year only.
 */
export function periodYears(
  p: Period,
  birth: FuzzyDate | undefined,
  currentYear: number,
): PeriodYears {
  const ongoing = isOngoing(p);
  const start = resolveYear(p.start, birth);
  if (start === undefined) return { ongoing };
  if (ongoing) return { start, end: Math.max(start, currentYear), ongoing };
  const end = p.end ? resolveYear(p.end, birth) : start;
  return end === undefined ? { start, ongoing } : { start, end, ongoing };
}

/** The child's age when a period began and (unless it still goes on) when it ended. */
export function periodAges(
  p: Period,
  birth: FuzzyDate | undefined,
): { start?: number; end?: number } {
  const start = ageAt(birth, p.start);
  const end = p.end && !isOngoing(p) ? ageAt(birth, p.end) : undefined;
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/** A date as a span of days inside its year: [earliest, latest] as month*100+day. */
function dayRange(d: FuzzyDate): [number, number] {
  const p = fuzzyParts(d);
  if (p.month !== undefined) {
    const last = daysInMonth(p.month, p.year);
    return [p.month * 100 + (p.day ?? 1), p.month * 100 + (p.day ?? last)];
  }
  if (p.season !== undefined) {
    const { middle, last } = SEASON_MONTHS[p.season];
    // Winter starts in the December before its year; within the year it begins in January.
    const first = p.season === 'winter' ? 1 : middle - 1;
    return [first * 100 + 1, last * 100 + 31];
  }
  return [101, 1231];
}

/**
 * True only when the end certainly lies before the start: the latest moment the end could mean
 * comes before the earliest moment the start could mean. "Juni 2015 – 2015" is fine (the end may
 * be later that year); "2016 – 2015" is not. Dates that cannot be compared (an age without a
 * birth date against a year) are never called wrong: the child may know something we do not.
 */
export function endsBeforeStart(p: Period, birth?: FuzzyDate): boolean {
  if (!p.end || isOngoing(p)) return false;
  const s = fuzzyParts(p.start);
  const e = fuzzyParts(p.end);
  const sy = resolveYear(p.start, birth);
  const ey = resolveYear(p.end, birth);
  if (sy !== undefined && ey !== undefined) {
    if (ey !== sy) return ey < sy;
    // An age turned into a year is only known to the year: do not judge months inside it.
    if (s.year === undefined || e.year === undefined) return false;
    return dayRange(p.end)[1] < dayRange(p.start)[0];
  }
  if (sy === undefined && ey === undefined && s.age !== undefined && e.age !== undefined) {
    return e.age < s.age;
  }
  return false;
}
