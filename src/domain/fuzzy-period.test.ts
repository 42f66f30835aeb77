import fc from 'fast-check';
import { validPeriod } from '@/testing/fuzzy-arbitraries';
import { isOngoing, periodContainsYear, periodSortKey } from './fuzzy-period';
import { fuzzySortKey } from './fuzzy-sort';

describe('isOngoing', () => {
  it('is true only for an ongoing period without an end', () => {
    expect(isOngoing({ start: { year: 2019 }, ongoing: true })).toBe(true);
    expect(isOngoing({ start: { year: 2019 } })).toBe(false);
    expect(isOngoing({ start: { year: 2019 }, end: { year: 2020 }, ongoing: true })).toBe(false);
  });
});

describe('periodSortKey', () => {
  it('sorts a period by its start', () => {
    fc.assert(
      fc.property(validPeriod, (p) => {
        expect(periodSortKey(p)).toBe(fuzzySortKey(p.start));
      }),
    );
    const birth = { year: 2010 };
    expect(periodSortKey({ start: { age: 3 } }, birth)).toBe(fuzzySortKey({ year: 2013 }));
  });
});

describe('periodContainsYear', () => {
  const now = 2025;

  it('covers start to end inclusive', () => {
    const p = { start: { year: 2015, month: 8 }, end: { year: 2018, season: 'summer' as const } };
    expect(
      [2014, 2015, 2016, 2018, 2019].map((y) => periodContainsYear(p, y, undefined, now)),
    ).toEqual([false, true, true, true, false]);
  });

  it('runs to the current year when ongoing', () => {
    const p = { start: { year: 2019 }, ongoing: true };
    expect(periodContainsYear(p, 2025, undefined, now)).toBe(true);
    expect(periodContainsYear(p, 2026, undefined, now)).toBe(false);
    expect(periodContainsYear(p, 2018, undefined, now)).toBe(false);
  });

  it('covers only the start year without an end', () => {
    const p = { start: { year: 2019 } };
    expect(periodContainsYear(p, 2019, undefined, now)).toBe(true);
    expect(periodContainsYear(p, 2020, undefined, now)).toBe(false);
  });

  it('places ages with the birth date and otherwise gives up', () => {
    const p = { start: { age: 3 }, end: { age: 6 } };
    expect(periodContainsYear(p, 2014, { year: 2010 }, now)).toBe(true);
    expect(periodContainsYear(p, 2017, { year: 2010 }, now)).toBe(false);
    expect(periodContainsYear(p, 2014, undefined, now)).toBe(false);
    const unplacedEnd = { start: { year: 2015 }, end: { age: 9 } };
    expect(periodContainsYear(unplacedEnd, 2015, undefined, now)).toBe(true);
    expect(periodContainsYear(unplacedEnd, 2016, undefined, now)).toBe(false);
  });

  it('tolerates an end before the start', () => {
    const p = { start: { year: 2018 }, end: { year: 2015 } };
    expect(periodContainsYear(p, 2016, undefined, now)).toBe(true);
  });
});
