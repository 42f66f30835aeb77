import fc from 'fast-check';
import { maybeBirthDate, maybeFuzzyDate, validPeriod } from '@/testing/fuzzy-arbitraries';
import {
  describeFuzzy,
  describePeriod,
  formatEntryWhen,
  formatFuzzy,
  formatPeriod,
  isAhead,
  translationArgs,
} from '@/domain';
import type { FuzzyDate, Period } from '@/domain';
import { createDocumentI18n, translator } from './document-i18n';

// The domain describes a date; the app's i18next resources say it (formerly in src/domain).
const words = createDocumentI18n();
const dateStringsDa = translator(words, 'da');
const dateStringsEn = translator(words, 'en');
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

describe('date phrases in every tense (da, en)', () => {
  const birth: FuzzyDate = { year: 2015, month: 3, day: 10 };
  const today = new Date(2026, 0, 15); // the child is 10

  it.each<[string, FuzzyDate, string, string]>([
    ['past year', { year: 2019 }, '2019', '2019'],
    ['past age', { age: 5 }, 'da jeg var 5', 'when I was 5'],
    ['past age, about', { age: 5, approx: true }, 'da jeg var omkring 5', 'when I was about 5'],
    ['present year', { year: 2026 }, '2026', '2026'],
  ])('%s', (_, d, danish, english) => {
    expect(formatFuzzy(d, dateStringsDa, birth)).toBe(danish);
    expect(formatFuzzy(d, dateStringsEn, birth)).toBe(english);
  });

  it.each<[FuzzyDate, string, string]>([
    [{ age: 18 }, 'når jeg bliver 18', 'when I turn 18'],
    [{ age: 18, approx: true }, 'når jeg bliver omkring 18', 'when I am about 18'],
    [{ age: 18, month: 6 }, 'i juni, når jeg er 18', 'in June when I am 18'],
    [{ age: 18, month: 6, day: 1 }, 'den 1. juni, når jeg er 18', 'on 1 June when I am 18'],
    [{ age: 18, season: 'summer' }, 'om sommeren, når jeg er 18', 'in the summer when I am 18'],
    [{ year: 2033 }, '2033', '2033'],
  ])('future %j → %s / %s', (d, danish, english) => {
    expect(formatFuzzy(d, dateStringsDa, birth, { future: true })).toBe(danish);
    expect(formatFuzzy(d, dateStringsEn, birth, { future: true })).toBe(english);
  });

  it('knows an age not reached yet', () => {
    expect(isAhead({ age: 18 }, birth, today)).toBe(true);
    expect(isAhead({ age: 10 }, birth, today)).toBe(false);
    expect(isAhead({ age: 5 }, birth, today)).toBe(false);
    expect(isAhead({ age: 18 }, undefined, today)).toBe(false);
    expect(isAhead({ year: 2040 }, birth, today)).toBe(false);
  });

  it.each<[Period, string, string]>([
    [{ start: { age: 5 }, ongoing: true }, 'siden jeg var 5', 'since I was 5'],
    [
      { start: { age: 5, approx: true }, ongoing: true },
      'siden jeg var omkring 5',
      'since I was about 5',
    ],
    [
      { start: { age: 3 }, end: { age: 8 } },
      'fra jeg var 3, til jeg var 8',
      'from when I was 3 until I was 8',
    ],
    [
      { start: { age: 3, approx: true }, end: { age: 8 } },
      'fra jeg var omkring 3, til jeg var 8',
      'from when I was about 3 until I was 8',
    ],
    [
      { start: { year: 2017, season: 'autumn' }, end: { year: 2022, month: 6 } },
      'efteråret 2017–juni 2022',
      'autumn 2017–June 2022',
    ],
    [{ start: { year: 2019 }, ongoing: true }, 'siden 2019', 'since 2019'],
    [{ start: { age: 5 } }, 'da jeg var 5', 'when I was 5'],
  ])('period %j → %s / %s', (p, danish, english) => {
    expect(formatPeriod(p, dateStringsDa, birth)).toBe(danish);
    expect(formatPeriod(p, dateStringsEn, birth)).toBe(english);
  });

  it('says "until now" after an age', () => {
    const p: Period = { start: { age: 5 }, ongoing: true };
    const options = { ongoing: 'untilNow' } as const;
    expect(formatPeriod(p, dateStringsDa, birth, options)).toBe('fra jeg var 5 til nu');
    expect(formatPeriod(p, dateStringsEn, birth, options)).toBe('from when I was 5 until now');
  });

  it('puts a dream and an age ahead in the future tense', () => {
    const dream = { kind: 'dream', date: { age: 18 } };
    expect(formatEntryWhen(dream, dateStringsDa, undefined, today)).toBe('når jeg bliver 18');
    const memory = { kind: 'memory', date: { age: 12 } };
    expect(formatEntryWhen(memory, dateStringsDa, birth, today)).toBe('når jeg bliver 12');
    expect(formatEntryWhen({ ...memory, date: { age: 7 } }, dateStringsEn, birth, today)).toBe(
      'when I was 7',
    );
    expect(formatEntryWhen({ kind: 'memory' }, dateStringsEn, birth, today)).toBeUndefined();
  });

  it('gives i18next a combined context', () => {
    expect(
      translationArgs(describeFuzzy({ age: 18, approx: true }, undefined, { future: true })),
    ).toEqual(['date.age', { age: 18, context: 'future_approx' }]);
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
