import fc from 'fast-check';
import { ageAt, daysInMonth, fuzzyParts, isValidFuzzyDate, resolveYear } from './fuzzy-core';
import { birthDate, validFuzzyDate } from '@/testing/fuzzy-arbitraries';

describe('isValidFuzzyDate', () => {
  it.each([
    [{ year: 2015 }],
    [{ year: 2015, month: 6, day: 3, approx: true }],
    [{ year: 2016, month: 2, day: 29 }],
    [{ year: 2000, month: 2, day: 29 }],
    [{ age: 5 }],
    [{ age: 5, month: 2, day: 29 }],
    [{ age: 0 }],
    [{ year: 2015, season: 'summer' as const }],
    [{ year: 1900 }],
    [{ year: 2200, age: 120 }],
  ])('accepts %j', (d) => {
    expect(isValidFuzzyDate(d)).toBe(true);
  });

  it.each([
    [{}],
    [{ approx: true }],
    [{ month: 6 }],
    [{ year: 1899 }],
    [{ year: 2201 }],
    [{ year: 2015.5 }],
    [{ age: 121 }],
    [{ age: -1 }],
    [{ year: 2015, month: 0 }],
    [{ year: 2015, month: 13 }],
    [{ year: 2015, day: 3 }],
    [{ year: 2015, month: 4, day: 31 }],
    [{ year: 2015, month: 2, day: 29 }],
    [{ year: 1900, month: 2, day: 29 }],
    [{ year: 2015, month: 6, season: 'summer' as const }],
    [{ year: 2015, season: 'monsoon' as 'summer' }],
    [{ year: 2015, approx: 'yes' as unknown as boolean }],
    [{ year: Number.NaN }],
  ])('rejects %j', (d) => {
    expect(isValidFuzzyDate(d)).toBe(false);
  });

  it('accepts every generated date', () => {
    fc.assert(fc.property(validFuzzyDate, (d) => isValidFuzzyDate(d)));
  });
});

describe('daysInMonth', () => {
  it('knows leap years and allows 29 February when the year is unknown', () => {
    expect(daysInMonth(2, 2015)).toBe(28);
    expect(daysInMonth(2, 2016)).toBe(29);
    expect(daysInMonth(2, 2100)).toBe(28);
    expect(daysInMonth(2)).toBe(29);
    expect(daysInMonth(9, 2015)).toBe(30);
    expect(daysInMonth(12, 2015)).toBe(31);
  });
});

describe('fuzzyParts', () => {
  it('drops parts that make no sense instead of failing', () => {
    expect(fuzzyParts({ year: 2015, month: 13, day: 40 })).toEqual({ year: 2015, approx: false });
    expect(fuzzyParts({ year: 2015, day: 3 })).toEqual({ year: 2015, approx: false });
    expect(fuzzyParts({ year: 2015, month: 6, season: 'winter' })).toEqual({
      year: 2015,
      month: 6,
      approx: false,
    });
  });
});

describe('resolveYear', () => {
  const birth = { year: 2008, month: 6, day: 10 };

  it('keeps a given year', () => {
    expect(resolveYear({ year: 2015 }, birth)).toBe(2015);
    expect(resolveYear({ year: 2015, age: 3 }, birth)).toBe(2015);
  });

  it('turns "da jeg var 5" into birth year + 5', () => {
    expect(resolveYear({ age: 5 }, birth)).toBe(2013);
    expect(resolveYear({ age: 5 }, { year: 2008 })).toBe(2013);
    expect(resolveYear({ age: 5, month: 8 }, birth)).toBe(2013);
  });

  it('moves to the next year when the month lies before the birthday', () => {
    // Born June 2008: 5 years old from June 2013 to June 2014, so "March, when I was 5" is 2014.
    expect(resolveYear({ age: 5, month: 3 }, birth)).toBe(2014);
    expect(resolveYear({ age: 5, month: 6, day: 9 }, birth)).toBe(2014);
    expect(resolveYear({ age: 5, month: 6, day: 10 }, birth)).toBe(2013);
    expect(resolveYear({ age: 5, season: 'spring' }, birth)).toBe(2014);
    expect(resolveYear({ age: 5, season: 'summer' }, birth)).toBe(2013);
  });

  it('is undefined without a year or a birth year', () => {
    expect(resolveYear({ age: 5 })).toBeUndefined();
    expect(resolveYear({ age: 5 }, { age: 1 })).toBeUndefined();
    expect(resolveYear(undefined, birth)).toBeUndefined();
    expect(resolveYear({}, birth)).toBeUndefined();
  });
});

describe('ageAt', () => {
  const birth = { year: 2008, month: 6, day: 10 };

  it('computes whole years with a full birth date', () => {
    expect(ageAt(birth, { year: 2008, month: 6, day: 10 })).toBe(0);
    expect(ageAt(birth, { year: 2013, month: 6, day: 9 })).toBe(4);
    expect(ageAt(birth, { year: 2013, month: 6, day: 10 })).toBe(5);
    expect(ageAt(birth, { year: 2013, month: 5 })).toBe(4);
    expect(ageAt(birth, { year: 2013, month: 7 })).toBe(5);
  });

  it('counts a birthday that may fall inside the date as reached', () => {
    expect(ageAt(birth, { year: 2013 })).toBe(5);
    expect(ageAt(birth, { year: 2013, month: 6 })).toBe(5);
    expect(ageAt(birth, { year: 2013, season: 'summer' })).toBe(5);
    expect(ageAt(birth, { year: 2013, season: 'spring' })).toBe(4);
    expect(ageAt({ year: 2008 }, { year: 2013, month: 1, day: 1 })).toBe(5);
    expect(ageAt({ year: 2008, month: 6 }, { year: 2013, month: 6, day: 1 })).toBe(5);
    expect(ageAt({ year: 2008, month: 6 }, { year: 2013, month: 5, day: 31 })).toBe(4);
  });

  it('returns the age a date was given as', () => {
    expect(ageAt(undefined, { age: 7 })).toBe(7);
    expect(ageAt(birth, { age: 7, year: 2030 })).toBe(7);
  });

  it('is undefined when it cannot be known', () => {
    expect(ageAt(undefined, { year: 2013 })).toBeUndefined();
    expect(ageAt({ age: 3 }, { year: 2013 })).toBeUndefined();
    expect(ageAt(birth, { month: 3 })).toBeUndefined();
    expect(ageAt(birth, { year: 2007 })).toBeUndefined();
    expect(ageAt(birth, { year: 2008, month: 5 })).toBeUndefined();
  });

  it('gives back the age of an age-only date once placed in its resolved year', () => {
    fc.assert(
      fc.property(birthDate, validFuzzyDate, (birth, d) => {
        if (d.year !== undefined || d.age === undefined) return;
        const year = resolveYear(d, birth);
        expect(ageAt(birth, { ...d, age: undefined, year })).toBe(d.age);
      }),
    );
  });

  it('never decreases as time goes on', () => {
    fc.assert(
      fc.property(
        birthDate,
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        (b, y, m) => {
          const now = ageAt(b, { year: y, month: m, day: 1 });
          const later = ageAt(b, { year: y + 1, month: m, day: 1 });
          if (now !== undefined) expect(later).toBe(now + 1);
        },
      ),
    );
  });
});
