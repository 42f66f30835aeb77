import type { FuzzyDate } from '@/domain';

/**
 * An EXIF date ("2019:07:14 15:30:00") as a fuzzy date of year, month and day. The time is left
 * out on purpose: the book tells a life in days and seasons, and no time zone is known anyway.
 * Cameras with an unset clock write zeros or 1970/1980; those are no date at all.
 */
export function exifDateToFuzzy(value: unknown, now = new Date()): FuzzyDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})/.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1981 || year > now.getFullYear() + 1) return undefined;
  if (month < 1 || month > 12) return { year };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return { year, month };
  return { year, month, day };
}
