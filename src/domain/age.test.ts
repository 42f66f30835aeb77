import fc from 'fast-check';
import { ageMode, currentAge } from './age';

describe('ageMode', () => {
  it.each([
    [0, 'young'],
    [4, 'young'],
    [5, 'young'],
    [9, 'young'],
    [10, 'middle'],
    [13, 'middle'],
    [14, 'teen'],
    [17, 'teen'],
    [23, 'teen'],
  ] as const)('%i → %s', (age, mode) => {
    expect(ageMode(age)).toBe(mode);
  });

  it('suggests nothing when the age is unknown', () => {
    expect(ageMode(undefined)).toBeUndefined();
    expect(ageMode(Number.NaN)).toBeUndefined();
    expect(ageMode(-1)).toBeUndefined();
  });

  it('never goes back to a younger mode as the child grows', () => {
    const order = { young: 0, middle: 1, teen: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), (age) => {
        const now = ageMode(age);
        const later = ageMode(age + 1);
        expect(now && later && order[later] >= order[now]).toBe(true);
      }),
    );
  });
});

describe('currentAge', () => {
  const birth = { year: 2012, month: 6, day: 10 };

  it('counts whole years on the local calendar', () => {
    expect(currentAge(birth, new Date(2025, 5, 9))).toBe(12);
    expect(currentAge(birth, new Date(2025, 5, 10))).toBe(13);
    expect(currentAge(birth, new Date(2025, 11, 31))).toBe(13);
  });

  it('assumes an unknown birthday is already reached this year', () => {
    expect(currentAge({ year: 2012 }, new Date(2025, 0, 1))).toBe(13);
    expect(currentAge({ year: 2012, month: 6 }, new Date(2025, 5, 1))).toBe(13);
    expect(currentAge({ year: 2012, month: 6 }, new Date(2025, 4, 31))).toBe(12);
  });

  it('is undefined without a birth year or before birth', () => {
    expect(currentAge(undefined, new Date(2025, 0, 1))).toBeUndefined();
    expect(currentAge({ age: 5 }, new Date(2025, 0, 1))).toBeUndefined();
    expect(currentAge(birth, new Date(2011, 0, 1))).toBeUndefined();
  });
});
