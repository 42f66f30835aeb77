import { daysInMonth } from './fuzzy-core';
import type { FuzzyDate } from './types';

/*
 * Letters sealed until a date are a ritual, not a lock: the text is protected like the rest of
 * the book and nothing more. The date is a calendar day (YYYY-MM-DD) in the child's own time
 * zone, so a letter opens at local midnight wherever the child is.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an ISO calendar day, or undefined when it is not a real day (2023-02-30). */
export function parseIsoDay(s: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DAY.exec(s);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(month, year)) return undefined;
  return { year, month, day };
}

/** Today as YYYY-MM-DD in local time. */
export function localIsoDay(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Sealed until the day comes; an unreadable date seals nothing, so no letter is stuck forever. */
export function isSealed(sealedUntil: string | undefined, now: Date): boolean {
  if (sealedUntil === undefined || parseIsoDay(sealedUntil) === undefined) return false;
  return localIsoDay(now) < sealedUntil;
}

/** The seal date as a fuzzy date, so it is shown like every other date in the book. */
export function sealDate(sealedUntil: string): FuzzyDate | undefined {
  return parseIsoDay(sealedUntil);
}
