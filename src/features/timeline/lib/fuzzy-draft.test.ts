import fc from 'fast-check';

import { validFuzzyDate } from '@/testing/fuzzy-arbitraries';
import { normalizeFuzzy } from '@/domain';
import type { FuzzyDate } from '@/domain';

import {
  PRECISIONS,
  draftFromFuzzy,
  emptyDraft,
  readFuzzyDraft,
  type FuzzyDraft,
} from './fuzzy-draft';

/** Dates the form can say: a year with detail, or an age alone. */
function sayable(d: FuzzyDate): boolean {
  if (d.year !== undefined) return d.age === undefined;
  return d.month === undefined && d.season === undefined;
}

describe('fuzzy date drafts', () => {
  it('reads what a child types', () => {
    const d = (patch: Partial<FuzzyDraft>) => readFuzzyDraft({ ...emptyDraft(), ...patch });
    expect(d({ year: ' 2015 ' })).toEqual({ date: { year: 2015 } });
    expect(d({ year: '2015', approx: true })).toEqual({ date: { year: 2015, approx: true } });
    expect(d({ precision: 'season', year: '2015', season: 'summer' })).toEqual({
      date: { year: 2015, season: 'summer' },
    });
    expect(d({ precision: 'day', year: '2015', month: '6', day: '3' })).toEqual({
      date: { year: 2015, month: 6, day: 3 },
    });
    expect(d({ precision: 'age', age: '5' })).toEqual({ date: { age: 5 } });
    expect(d({ precision: 'none', year: '2015' })).toEqual({});
  });

  it('says what is wrong', () => {
    const d = (patch: Partial<FuzzyDraft>) => readFuzzyDraft({ ...emptyDraft(), ...patch }).problem;
    expect(d({ year: '' })).toBe('yearMissing');
    expect(d({ year: '15.5' })).toBe('dateInvalid');
    expect(d({ year: '1850' })).toBe('dateInvalid');
    expect(d({ year: '-3' })).toBe('dateInvalid');
    expect(d({ precision: 'season', year: '2015' })).toBe('seasonMissing');
    expect(d({ precision: 'month', year: '2015' })).toBe('monthMissing');
    expect(d({ precision: 'day', year: '2015', month: '2' })).toBe('dayMissing');
    expect(d({ precision: 'day', year: '2023', month: '2', day: '29' })).toBe('dateInvalid');
    expect(d({ precision: 'day', year: '2024', month: '2', day: '29' })).toBeUndefined();
    expect(d({ precision: 'age', age: '' })).toBe('ageInvalid');
    expect(d({ precision: 'age', age: '121' })).toBe('ageInvalid');
    expect(d({ precision: 'age', age: 'five' })).toBe('ageInvalid');
  });

  it('round-trips every date the form can say', () => {
    fc.assert(
      fc.property(validFuzzyDate, (d) => {
        fc.pre(sayable(d));
        expect(readFuzzyDraft(draftFromFuzzy(d))).toEqual({ date: normalizeFuzzy(d) });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a valid date or a problem for any input, and reads its own output back', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.integer({ min: -5, max: 2300 }).map(String),
    );
    const draftArb = fc.record({
      precision: fc.constantFrom(...PRECISIONS),
      year: text,
      season: fc.constantFrom('', 'winter', 'spring', 'summer', 'autumn' as const),
      month: text,
      day: text,
      age: text,
      approx: fc.boolean(),
    });
    fc.assert(
      fc.property(draftArb, (draft) => {
        const result = readFuzzyDraft(draft);
        if (result.problem) {
          expect(result.date).toBeUndefined();
          return;
        }
        if (result.date) expect(readFuzzyDraft(draftFromFuzzy(result.date))).toEqual(result);
        else expect(draft.precision).toBe('none');
      }),
      { numRuns: 2000 },
    );
  });
});
