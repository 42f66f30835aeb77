import { MAX_AGE, isSeason, isValidFuzzyDate, type Season } from '@/domain';
import type { FuzzyDate } from '@/domain';

/** How much of a date the child remembers; the form shows only the fields that need. */
export type Precision = 'year' | 'season' | 'month' | 'day' | 'age' | 'none';

export const PRECISIONS: readonly Precision[] = ['year', 'season', 'month', 'day', 'age', 'none'];

/** A date as the form holds it: text straight from the inputs, read only on save. */
export interface FuzzyDraft {
  precision: Precision;
  year: string;
  season: Season | '';
  month: string;
  day: string;
  age: string;
  approx: boolean;
}

export type DateProblem =
  'yearMissing' | 'seasonMissing' | 'monthMissing' | 'dayMissing' | 'ageInvalid' | 'dateInvalid';

export function emptyDraft(precision: Precision = 'year'): FuzzyDraft {
  return { precision, year: '', season: '', month: '', day: '', age: '', approx: false };
}

/** The form for a stored date. A date with both a year and an age is shown by its year. */
export function draftFromFuzzy(d: FuzzyDate | undefined): FuzzyDraft {
  if (!d || (d.year === undefined && d.age === undefined)) return emptyDraft('none');
  const draft: FuzzyDraft = {
    ...emptyDraft(),
    year: d.year !== undefined ? String(d.year) : '',
    month: d.month !== undefined ? String(d.month) : '',
    day: d.day !== undefined ? String(d.day) : '',
    season: isSeason(d.season) ? d.season : '',
    age: d.age !== undefined ? String(d.age) : '',
    approx: d.approx === true,
  };
  if (d.year === undefined) return { ...draft, precision: 'age' };
  if (d.month !== undefined) return { ...draft, precision: d.day !== undefined ? 'day' : 'month' };
  if (draft.season !== '') return { ...draft, precision: 'season' };
  return draft;
}

/** A whole number typed by a person: digits only (spaces around are forgiven). */
function wholeNumber(s: string): number | undefined {
  const t = s.trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : undefined;
}

/** Nothing typed at all: for a moment or a period's end this just means "I don't know". */
export function isBlankDraft(draft: FuzzyDraft): boolean {
  return (
    draft.precision === 'none' ||
    [draft.year, draft.month, draft.day, draft.age, draft.season].every((v) => v.trim() === '')
  );
}

export interface DraftResult {
  date?: FuzzyDate;
  problem?: DateProblem;
}

/** Reads the form: a valid date, no date ("I don't know"), or what is wrong. */
export function readFuzzyDraft(draft: FuzzyDraft): DraftResult {
  const approx = draft.approx ? { approx: true } : {};
  if (draft.precision === 'none') return {};
  if (draft.precision === 'age') {
    const age = wholeNumber(draft.age);
    if (age === undefined || age > MAX_AGE) return { problem: 'ageInvalid' };
    return { date: { age, ...approx } };
  }
  if (draft.year.trim() === '') return { problem: 'yearMissing' };
  const year = wholeNumber(draft.year);
  if (year === undefined) return { problem: 'dateInvalid' };
  const date: FuzzyDate = { year };
  if (draft.precision === 'season') {
    if (draft.season === '') return { problem: 'seasonMissing' };
    date.season = draft.season;
  }
  if (draft.precision === 'month' || draft.precision === 'day') {
    const month = wholeNumber(draft.month);
    if (month === undefined) return { problem: 'monthMissing' };
    date.month = month;
  }
  if (draft.precision === 'day') {
    const day = wholeNumber(draft.day);
    if (day === undefined) return { problem: 'dayMissing' };
    date.day = day;
  }
  Object.assign(date, approx);
  return isValidFuzzyDate(date) ? { date } : { problem: 'dateInvalid' };
}
