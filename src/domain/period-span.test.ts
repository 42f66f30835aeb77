import fc from 'fast-check';

import { maybeBirthDate, validFuzzyDate, validPeriod } from '@/testing/fuzzy-arbitraries';
import { fuzzySortKey } from './fuzzy-sort';
import { endsBeforeStart, periodAges, periodYears } from './period-span';

describe('periodYears', () => {
  it('runs an ongoing period to now and a closed one to its end', () => {
    expect(periodYears({ start: { year: 2019 }, ongoing: true }, undefined, 2025)).toEqual({
      start: 2019,
      end: 2025,
      ongoing: true,
    });
    expect(periodYears({ start: { year: 2015 }, end: { year: 2018 } }, undefined, 2025)).toEqual({
      start: 2015,
      end: 2018,
      ongoing: false,
    });
    expect(periodYears({ start: { age: 3 }, end: { age: 6 } }, { year: 2010 }, 2025)).toEqual({
      start: 2013,
      end: 2016,
      ongoing: false,
    });
    expect(periodYears({ start: { age: 3 } }, undefined, 2025)).toEqual({ ongoing: false });
  });
});

describe('periodAges', () => {
  it('gives the ages at start and end, none for "until now"', () => {
    const birth = { year: 2014, month: 5, day: 14 };
    expect(
      periodAges({ start: { year: 2017, season: 'autumn' }, end: { year: 2022, month: 6 } }, birth),
    ).toEqual({
      start: 3,
      end: 8,
    });
    expect(periodAges({ start: { year: 2022, month: 7 }, ongoing: true }, birth)).toEqual({
      start: 8,
    });
    expect(periodAges({ start: { year: 2022 } }, undefined)).toEqual({});
  });
});

describe('endsBeforeStart', () => {
  it('judges only what is certain', () => {
    const p = (start: object, end: object) => ({ start, end });
    expect(endsBeforeStart(p({ year: 2016 }, { year: 2015 }))).toBe(true);
    expect(endsBeforeStart(p({ year: 2015, month: 6 }, { year: 2015 }))).toBe(false);
    expect(endsBeforeStart(p({ year: 2015, month: 6 }, { year: 2015, month: 5, day: 31 }))).toBe(
      true,
    );
    expect(endsBeforeStart(p({ year: 2015, month: 6, day: 3 }, { year: 2015, month: 6 }))).toBe(
      false,
    );
    expect(endsBeforeStart(p({ year: 2015, season: 'summer' }, { year: 2015, month: 6 }))).toBe(
      false,
    );
    expect(endsBeforeStart(p({ year: 2015, season: 'summer' }, { year: 2015, month: 5 }))).toBe(
      true,
    );
    expect(endsBeforeStart(p({ age: 8 }, { age: 5 }))).toBe(true);
    // An age without a birth date cannot be compared with a year.
    expect(endsBeforeStart(p({ year: 2015 }, { age: 2 }))).toBe(false);
    expect(endsBeforeStart(p({ year: 2015 }, { age: 2 }), { year: 2010 })).toBe(true);
    expect(endsBeforeStart({ start: { year: 2015 }, ongoing: true })).toBe(false);
  });

  it('never calls a period wrong both ways round, nor a one-day period', () => {
    fc.assert(
      fc.property(validFuzzyDate, validFuzzyDate, maybeBirthDate, (a, b, birth) => {
        const ab = endsBeforeStart({ start: a, end: b }, birth);
        const ba = endsBeforeStart({ start: b, end: a }, birth);
        expect(ab && ba).toBe(false);
        expect(endsBeforeStart({ start: a, end: a }, birth)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the timeline order: a wrong end always sorts before its start', () => {
    fc.assert(
      fc.property(validPeriod, maybeBirthDate, (p, birth) => {
        if (endsBeforeStart(p, birth) && p.end) {
          expect(fuzzySortKey(p.end, birth) < fuzzySortKey(p.start, birth)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
