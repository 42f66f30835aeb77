import { fuzzyParts, resolveYear } from './fuzzy-core';
import { isOngoing } from './fuzzy-period';
import { serializeFuzzy } from './fuzzy-serial';
import { translate, type StringTree } from './interpolate';
import type { DateStrings } from './locale-dates';
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
 * A language-free description of a date: an i18n key and its values. `approx` selects the
 * `_approx` variant of the key (i18next context 'approx'); see `translationArgs`.
 */
export interface FuzzyDescription {
  key: FuzzyKey;
  values: Record<string, string | number>;
  approx: boolean;
}

export type PeriodKey = 'period.range' | 'period.since' | 'period.untilNow' | 'period.single';

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
export function describeFuzzy(d: FuzzyDate | undefined, birth?: FuzzyDate): FuzzyDescription {
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
  if (p.end && serializeFuzzy(p.end) !== serializeFuzzy(p.start)) {
    return { key: 'period.range', start, end: describeFuzzy(p.end, birth) };
  }
  if (isOngoing(p)) {
    return { key: options.ongoing === 'untilNow' ? 'period.untilNow' : 'period.since', start };
  }
  return { key: 'period.single', start };
}

/** Arguments for i18next: `t(...translationArgs(description))`. */
export function translationArgs(
  desc: FuzzyDescription,
): [key: FuzzyKey, options: Record<string, string | number>] {
  return [desc.key, desc.approx ? { ...desc.values, context: 'approx' } : { ...desc.values }];
}

export function renderDescription(desc: FuzzyDescription, strings: DateStrings): string {
  return translate(asTree(strings), desc.key, desc.values, desc.approx ? 'approx' : undefined);
}

export function formatFuzzy(
  d: FuzzyDate | undefined,
  strings: DateStrings,
  birth?: FuzzyDate,
): string {
  return renderDescription(describeFuzzy(d, birth), strings);
}

export function formatPeriod(
  p: Period,
  strings: DateStrings,
  birth?: FuzzyDate,
  options?: DescribePeriodOptions,
): string {
  const desc = describePeriod(p, birth, options);
  const values: Record<string, string> = { start: renderDescription(desc.start, strings) };
  if (desc.end) values.end = renderDescription(desc.end, strings);
  return translate(asTree(strings), desc.key, values);
}

function asTree(strings: DateStrings): StringTree {
  return strings;
}
