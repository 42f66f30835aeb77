import { currentAge } from './age';
import { fuzzyParts, resolveYear } from './fuzzy-core';
import { isOngoing } from './fuzzy-period';
import { serializeFuzzy } from './fuzzy-serial';
import type { FuzzyDate, Period } from './types';

export type FuzzyKey =
  | 'date.year'
  | 'date.month'
  | 'date.day'
  | 'date.season'
  | 'date.age'
  | 'date.ageMonth'
  | 'date.ageDay'
  | 'date.ageSeason'
  | 'date.unknown';

/**
 * How an age reads in its sentence: 'since' ("siden jeg var 5", not "siden da jeg var 5"),
 * 'bare' (just the number, inside "fra jeg var 3, til jeg var 8") or 'future' for a dream or a
 * date still ahead ("når jeg bliver 18", not "da jeg var 18").
 */
export type AgeForm = 'since' | 'bare' | 'future';

/**
 * A language-free description of a date: an i18n key and its values. `approx` and `form` select
 * a variant of the key (i18next context, e.g. `date.age_since_approx`); see `translationArgs`.
 */
export interface FuzzyDescription {
  key: FuzzyKey;
  values: Record<string, string | number>;
  approx: boolean;
  form?: AgeForm;
}

export interface DescribeFuzzyOptions {
  /** The date lies ahead (a dream, an age not reached yet): ages read in the future tense. */
  future?: boolean;
}

export type PeriodKey =
  | 'period.range'
  | 'period.rangeAge'
  | 'period.since'
  | 'period.untilNow'
  | 'period.untilNowAge'
  | 'period.single';

export interface PeriodDescription {
  key: PeriodKey;
  start: FuzzyDescription;
  end?: FuzzyDescription;
}

export interface DescribePeriodOptions {
  /** "siden 2019" (default) or the compact "2019 – nu" for an ongoing period. */
  ongoing?: 'since' | 'untilNow';
}

/**
 * A date given as an age keeps the child's words ("da jeg var 5") even when the birth date is
 * known; then the resolved year is added to the values for translations that want to show it.
 */
export function describeFuzzy(
  d: FuzzyDate | undefined,
  birth?: FuzzyDate,
  options: DescribeFuzzyOptions = {},
): FuzzyDescription {
  const desc = describePlain(d, birth);
  return options.future && isAgeKey(desc.key) ? { ...desc, form: 'future' } : desc;
}

function isAgeKey(key: FuzzyKey): boolean {
  return key.startsWith('date.age');
}

/** True for a date given as an age the child has not reached yet (known birth date needed). */
export function isAhead(d: FuzzyDate | undefined, birth: FuzzyDate | undefined, today: Date) {
  if (d?.age === undefined) return false;
  const now = currentAge(birth, today);
  return now !== undefined && d.age > now;
}

function describePlain(d: FuzzyDate | undefined, birth?: FuzzyDate): FuzzyDescription {
  const p = d ? fuzzyParts(d) : undefined;
  if (!p || (p.year === undefined && p.age === undefined)) {
    return { key: 'date.unknown', values: {}, approx: false };
  }
  const approx = p.approx;
  if (p.year !== undefined) {
    const year = p.year;
    if (p.month !== undefined && p.day !== undefined) {
      return { key: 'date.day', values: { day: p.day, month: p.month, year }, approx };
    }
    if (p.month !== undefined)
      return { key: 'date.month', values: { month: p.month, year }, approx };
    if (p.season !== undefined) {
      return { key: 'date.season', values: { season: p.season, year }, approx };
    }
    return { key: 'date.year', values: { year }, approx };
  }
  const values: Record<string, string | number> = { age: p.age ?? 0 };
  const year = resolveYear(d, birth);
  if (year !== undefined) values.year = year;
  if (p.month !== undefined && p.day !== undefined) {
    return { key: 'date.ageDay', values: { ...values, day: p.day, month: p.month }, approx };
  }
  if (p.month !== undefined) {
    return { key: 'date.ageMonth', values: { ...values, month: p.month }, approx };
  }
  if (p.season !== undefined) {
    return { key: 'date.ageSeason', values: { ...values, season: p.season }, approx };
  }
  return { key: 'date.age', values, approx };
}

/** A period whose start and end read the same collapses to one date: "2015", not "2015–2015". */
export function describePeriod(
  p: Period,
  birth?: FuzzyDate,
  options: DescribePeriodOptions = {},
): PeriodDescription {
  const start = describeFuzzy(p.start, birth);
  // Two plain ages read as one phrase ("fra jeg var 3, til jeg var 8"), never "da jeg var 3–da
  // jeg var 8"; an ongoing one as "siden jeg var 5".
  const plainAge = start.key === 'date.age';
  if (p.end && serializeFuzzy(p.end) !== serializeFuzzy(p.start)) {
    const end = describeFuzzy(p.end, birth);
    if (plainAge && end.key === 'date.age') {
      return { key: 'period.rangeAge', start: bare(start), end: bare(end) };
    }
    return { key: 'period.range', start, end };
  }
  if (isOngoing(p)) {
    if (options.ongoing === 'untilNow') {
      return plainAge
        ? { key: 'period.untilNowAge', start: bare(start) }
        : { key: 'period.untilNow', start };
    }
    return { key: 'period.since', start: plainAge ? { ...start, form: 'since' } : start };
  }
  return { key: 'period.single', start };
}

function bare(desc: FuzzyDescription): FuzzyDescription {
  return { ...desc, form: 'bare' };
}

/** The i18next context of a description: its form and approx, e.g. 'since_approx'. */
function contextOf(desc: FuzzyDescription): string | undefined {
  const parts = [desc.form, desc.approx ? 'approx' : undefined].filter((x) => x !== undefined);
  return parts.length > 0 ? parts.join('_') : undefined;
}

/**
 * A translate function such as i18next's `t` fixed to one language. The domain builds the key
 * and the values; the words come from the i18next resources.
 */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** Arguments for i18next: `t(...translationArgs(description))`. */
export function translationArgs(
  desc: FuzzyDescription,
): [key: FuzzyKey, options: Record<string, string | number>] {
  const context = contextOf(desc);
  return [desc.key, context !== undefined ? { ...desc.values, context } : { ...desc.values }];
}

export function renderDescription(desc: FuzzyDescription, t: Translate): string {
  return t(...translationArgs(desc));
}

export function formatFuzzy(
  d: FuzzyDate | undefined,
  t: Translate,
  birth?: FuzzyDate,
  options?: DescribeFuzzyOptions,
): string {
  return renderDescription(describeFuzzy(d, birth, options), t);
}

/**
 * An entry's date or period in the book's words, the future tense for a dream or an age still
 * ahead; undefined when it has neither. For code outside React (exports, people's pages).
 */
export function formatEntryWhen(
  e: { kind: string; date?: FuzzyDate; period?: Period },
  t: Translate,
  birth: FuzzyDate | undefined,
  today: Date,
): string | undefined {
  if (e.period) return formatPeriod(e.period, t, birth);
  if (!e.date) return undefined;
  const future = e.kind === 'dream' || isAhead(e.date, birth, today);
  return formatFuzzy(e.date, t, birth, { future });
}

export function formatPeriod(
  p: Period,
  t: Translate,
  birth?: FuzzyDate,
  options?: DescribePeriodOptions,
): string {
  const desc = describePeriod(p, birth, options);
  const values: Record<string, string> = { start: renderDescription(desc.start, t) };
  if (desc.end) values.end = renderDescription(desc.end, t);
  return t(desc.key, values);
}
