import fc from 'fast-check';
import { validFuzzyDate } from '@/testing/fuzzy-arbitraries';
import { normalizeFuzzy, parseFuzzy, serializeFuzzy } from './fuzzy-serial';
import type { FuzzyDate } from './types';

describe('serializeFuzzy / parseFuzzy', () => {
  it.each<[FuzzyDate, string]>([
    [{ year: 2015 }, '2015'],
    [{ year: 2015, month: 6 }, '2015-06'],
    [{ year: 2015, month: 6, approx: true }, '2015-06~'],
    [{ year: 2015, month: 6, day: 3 }, '2015-06-03'],
    [{ year: 2015, season: 'summer' }, '2015-s'],
    [{ year: 2015, season: 'winter', approx: true }, '2015-w~'],
    [{ year: 2015, season: 'spring' }, '2015-p'],
    [{ year: 2015, season: 'autumn' }, '2015-a'],
    [{ age: 5 }, 'age:5'],
    [{ age: 0, approx: true }, 'age:0~'],
    [{ age: 12, month: 2, day: 29 }, 'age:12-02-29'],
    [{ age: 5, season: 'summer' }, 'age:5-s'],
    [{ year: 2015, age: 5, month: 6 }, '2015/age:5-06'],
  ])('%j ⇄ %s', (d, s) => {
    expect(serializeFuzzy(d)).toBe(s);
    expect(parseFuzzy(s)).toEqual(d);
  });

  it('drops approx: false and missing parts', () => {
    expect(serializeFuzzy({ year: 2015, approx: false })).toBe('2015');
    expect(normalizeFuzzy({ year: 2015, month: undefined, approx: false })).toStrictEqual({
      year: 2015,
    });
    expect(serializeFuzzy({})).toBe('');
  });

  it.each([
    '',
    '15',
    '2015-6',
    '2015-13',
    '2015-00',
    '2015-02-29',
    '2015-04-31',
    '2015-06-3',
    '2015-x',
    '2015-06-s',
    '1899',
    '2201',
    'age:121',
    'age:05',
    'age:-1',
    'age:',
    '2015~~',
    ' 2015',
    '2015/5',
    'age:5/2015',
  ])('rejects %j', (s) => {
    expect(parseFuzzy(s)).toBeNull();
  });

  it('(c) round-trips every valid date exactly', () => {
    fc.assert(
      fc.property(validFuzzyDate, (d) => {
        expect(parseFuzzy(serializeFuzzy(d))).toStrictEqual(d);
      }),
      { numRuns: 2000 },
    );
  });

  it('has one text per date: serialize ∘ parse is the identity on its output', () => {
    fc.assert(
      fc.property(validFuzzyDate, (d) => {
        const s = serializeFuzzy(d);
        const parsed = parseFuzzy(s);
        expect(parsed && serializeFuzzy(parsed)).toBe(s);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const d = parseFuzzy(s);
        if (d) expect(serializeFuzzy(d)).toBe(s);
      }),
    );
  });
});
