import { resolveYear } from './fuzzy-core';
import { fuzzySortKey } from './fuzzy-sort';
import type { FuzzyDate, Period } from './types';

/** Periods sort by their start, like a moment on that date. */
export function periodSortKey(p: Period, birth?: FuzzyDate): string {
  return fuzzySortKey(p.start, birth);
}

/** "Until now": only when no end is known; a recorded end wins over a stale `ongoing` flag. */
export function isOngoing(p: Period): boolean {
  return p.ongoing === true && p.end === undefined;
}

/**
 * Whether the period touches `year`. Without an end, a period that is not ongoing covers only
 * its start year; an end that cannot be placed (an age without a birth date) is treated the
 * same way rather than guessed. Start and end given in the wrong order are tolerated.
 */
export function periodContainsYear(
  p: Period,
  year: number,
  birth: FuzzyDate | undefined,
  currentYear: number,
): boolean {
  const start = resolveYear(p.start, birth);
  if (start === undefined) return false;
  let end = start;
  if (p.end) end = resolveYear(p.end, birth) ?? start;
  else if (isOngoing(p)) end = Math.max(currentYear, start);
  return Math.min(start, end) <= year && year <= Math.max(start, end);
}
