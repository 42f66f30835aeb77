import fc from 'fast-check';
import { maybeBirthDate, maybeFuzzyDate, validPeriod } from '@/testing/fuzzy-arbitraries';
import {
  describeFuzzy,
  describePeriod,
  formatFuzzy,
  formatPeriod,
  translationArgs,
} from './fuzzy-format';
import { dateStringsDa, dateStringsEn } from './locale-dates';
import type { FuzzyDate, Period } from './types';

const da = (d: FuzzyDate | undefined, birth?: FuzzyDate) => formatFuzzy(d, dateStringsDa, birth);
const en = (d: FuzzyDate | undefined, birth?: FuzzyDate) => formatFuzzy(d, dateStringsEn, birth);

describe('describeFuzzy', () => {
  it('describes each kind of date with a fixed key', () => {
    expect(describeFuzzy({ year: 2015, season: 'summer' })).toEqual({
      key: 'date.season',
      values: { season: 'summer', year: 2015 },
      approx: false,
    });
    expect(describeFuzzy({ year: 2015, approx: true })).toEqual({
      key: 'date.year',
      values: { year: 2015 },
      approx: true,
    });
    expect(describeFuzzy({ year: 2015, month: 6, day: 3 }).key).toBe('date.day');
    expect(describeFuzzy({ year: 2015, month: 6 }).values).toEqual({ month: 6, year: 2015 });
    expect(describeFuzzy({ age: 5 })).toEqual({
      key: 'date.age',
      values: { age: 5 },
      approx: false,
    });
    expect(describeFuzzy(undefined).key).toBe('date.unknown');
    expect(describeFuzzy({}).key).toBe('date.unknown');
  });

  it('keeps the child’s words for an age and adds the year when the birth date gives it', () => {
    expect(describeFuzzy({ age: 5 }, { year: 2010 })).toEqual({
      key: 'date.age',
      values: { age: 5, year: 2015 },
      approx: false,
    });
  });

  it('gives i18next its key and context', () => {
    expect(translationArgs(describeFuzzy({ year: 2015, approx: true }))).toEqual([
      'date.year',
      { year: 2015, context: 'approx' },
    ]);
    expect(translationArgs(describeFuzzy({ year: 2015 }))).toEqual(['date.year', { year: 2015 }]);
  });
});

describe('formatFuzzy', () => {
  it.each<[FuzzyDate | undefined, string, string]>([
    [{ year: 2015 }, '2015', '2015'],
    [{ year: 2015, approx: true }, 'ca. 2015', 'about 2015'],
    [{ year: 2015, season: 'summer' }, 'sommeren 2015', 'summer 2015'],
    [{ year: 2015, season: 'winter', approx: true }, 'ca. vinteren 2015', 'about winter 2015'],
    [{ year: 2015, season: 'spring' }, 'foråret 2015', 'spring 2015'],
    [{ year: 2015, season: 'autumn' }, 'efteråret 2015', 'autumn 2015'],
    [{ year: 2015, month: 6 }, 'juni 2015', 'June 2015'],
    [{ year: 2015, month: 6, day: 3 }, '3. juni 2015', '3 June 2015'],
    [
      { year: 2015, month: 12, day: 24, approx: true },
      'ca. 24. december 2015',
      'about 24 December 2015',
    ],
    [{ age: 5 }, 'da jeg var 5', 'when I was 5'],
    [{ age: 5, approx: true }, 'da jeg var omkring 5', 'when I was about 5'],
    [{ age: 5, month: 3 }, 'i marts, da jeg var 5', 'in March when I was 5'],
    [{ age: 5, season: 'summer' }, 'om sommeren, da jeg var 5', 'in the summer when I was 5'],
    [{ age: 7, month: 5, day: 17 }, 'den 17. maj, da jeg var 7', 'on 17 May when I was 7'],
    [undefined, 'ukendt tidspunkt', 'unknown date'],
  ])('%j → %s / %s', (d, danish, english) => {
    expect(da(d)).toBe(danish);
    expect(en(d)).toBe(english);
  });

  it('keeps "da jeg var 5" when the birth date is known', () => {
    expect(da({ age: 5 }, { year: 2010 })).toBe('da jeg var 5');
  });

  it('has every month name', () => {
    for (let month = 1; month <= 12; month++) {
      expect(da({ year: 2015, month })).toMatch(/^[a-zæøå]+ 2015$/);
      expect(en({ year: 2015, month })).toMatch(/^[A-Z][a-z]+ 2015$/);
    }
  });
});

describe('describePeriod / formatPeriod', () => {
  const cases: [Period, string, string][] = [
    [{ start: { year: 2015 }, end: { year: 2018 } }, '2015–2018', '2015–2018'],
    [{ start: { year: 2019 }, ongoing: true }, 'siden 2019', 'since 2019'],
    [{ start: { year: 2019 } }, '2019', '2019'],
    [{ start: { year: 2019 }, end: { year: 2019 } }, '2019', '2019'],
    [
      { start: { year: 2015, season: 'summer' }, end: { year: 2018, month: 6, approx: true } },
      'sommeren 2015–ca. juni 2018',
      'summer 2015–about June 2018',
    ],
  ];

  it.each(cases)('%j → %s / %s', (p, danish, english) => {
    expect(formatPeriod(p, dateStringsDa)).toBe(danish);
    expect(formatPeriod(p, dateStringsEn)).toBe(english);
  });

  it('can say "until now"', () => {
    const p = { start: { year: 2019 }, ongoing: true };
    expect(formatPeriod(p, dateStringsDa, undefined, { ongoing: 'untilNow' })).toBe('2019 – nu');
    expect(formatPeriod(p, dateStringsEn, undefined, { ongoing: 'untilNow' })).toBe('2019 – now');
  });

  it('describes the parts', () => {
    expect(describePeriod({ start: { year: 2015 }, end: { year: 2018 } })).toEqual({
      key: 'period.range',
      start: { key: 'date.year', values: { year: 2015 }, approx: false },
      end: { key: 'date.year', values: { year: 2018 }, approx: false },
    });
    expect(describePeriod({ start: { year: 2019 }, ongoing: true }).key).toBe('period.since');
    expect(describePeriod({ start: { year: 2019 }, end: { year: 2020 }, ongoing: true }).key).toBe(
      'period.range',
    );
  });
});

describe('(e) formatting any valid date', () => {
  const bad = /undefined|NaN|\{\{|\}\}|\$t\(|^date\.|^period\./;

  it('never throws or shows a placeholder, in either language', () => {
    fc.assert(
      fc.property(maybeFuzzyDate, maybeBirthDate, (d, birth) => {
        for (const strings of [dateStringsDa, dateStringsEn]) {
          const text = formatFuzzy(d, strings, birth);
          expect(text).not.toMatch(bad);
          expect(text.trim()).not.toBe('');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws or shows a placeholder for periods', () => {
    fc.assert(
      fc.property(validPeriod, maybeBirthDate, fc.boolean(), (p, birth, untilNow) => {
        for (const strings of [dateStringsDa, dateStringsEn]) {
          const text = formatPeriod(p, strings, birth, {
            ongoing: untilNow ? 'untilNow' : 'since',
          });
          expect(text).not.toMatch(bad);
        }
      }),
    );
  });
});
