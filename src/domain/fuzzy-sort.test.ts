import fc from 'fast-check';
import { resolveYear } from './fuzzy-core';
import { maybeBirthDate, maybeFuzzyDate, validFuzzyDate } from '@/testing/fuzzy-arbitraries';
import { SORT_KEY_WIDTH, compareFuzzy, entrySortKey, fuzzySortKey } from './fuzzy-sort';
import type { FuzzyDate } from './types';

function sorted(dates: (FuzzyDate | undefined)[], birth?: FuzzyDate): (FuzzyDate | undefined)[] {
  return [...dates].sort((a, b) => compareFuzzy(a, b, birth));
}

describe('fuzzySortKey examples', () => {
  it('orders a child’s timeline with unknown parts first within their year', () => {
    const timeline: (FuzzyDate | undefined)[] = [
      { year: 2014, month: 12, day: 31 },
      { year: 2015 },
      { year: 2015, season: 'winter' },
      { year: 2015, month: 1 },
      { year: 2015, month: 6 },
      { year: 2015, month: 6, day: 3, approx: true },
      { year: 2015, month: 6, day: 30 },
      { year: 2015, season: 'summer' },
      { year: 2015, month: 7 },
      { year: 2015, month: 7, day: 1 },
      { year: 2015, season: 'autumn' },
      { year: 2016 },
      { age: 2 },
      { age: 5, month: 1 },
      { age: 11 },
      undefined,
    ];
    const shuffled = [...timeline].reverse();
    expect(sorted(shuffled)).toEqual(timeline);
  });

  it('places an age-only date in its year when the birth date is known', () => {
    const birth = { year: 2010, month: 3 };
    expect(compareFuzzy({ age: 5 }, { year: 2015 }, birth)).toBe(0);
    expect(compareFuzzy({ age: 5 }, { year: 2015, month: 1 }, birth)).toBe(-1);
    expect(compareFuzzy({ age: 5 }, { year: 2014, month: 12 }, birth)).toBe(1);
    expect(compareFuzzy({ age: 5, month: 1 }, { year: 2016 }, birth)).toBe(1);
    expect(compareFuzzy({ age: 50 }, { year: 2015 })).toBe(1);
  });

  it('ignores approx', () => {
    expect(fuzzySortKey({ year: 2015, month: 6, approx: true })).toBe(
      fuzzySortKey({ year: 2015, month: 6 }),
    );
  });

  it('is a fixed-width string usable as an IndexedDB key', () => {
    expect(fuzzySortKey({ year: 2015, month: 6, day: 3 })).toBe('0201506103');
    expect(fuzzySortKey({ year: 2015, season: 'summer' })).toBe('0201507000');
    expect(fuzzySortKey({ year: 2015 })).toBe('0201500000');
    expect(fuzzySortKey({ age: 5 })).toBe('1000500000');
    expect(fuzzySortKey(undefined)).toBe('2000000000');
    expect(fuzzySortKey({})).toBe('2000000000');
  });

  it('never throws on nonsense and keeps the width', () => {
    const junk = [
      { year: -5 },
      { year: 123456 },
      { year: 2015.5, month: 99, day: -1 },
      { age: 1e9 },
      { season: 'monsoon' } as unknown as FuzzyDate,
      { year: Number.NaN },
    ];
    for (const d of junk) expect(fuzzySortKey(d)).toHaveLength(SORT_KEY_WIDTH);
  });
});

describe('fuzzySortKey properties', () => {
  const three = fc.tuple(maybeFuzzyDate, maybeFuzzyDate, maybeFuzzyDate, maybeBirthDate);

  it('(a) is a total, antisymmetric, transitive order', () => {
    fc.assert(
      fc.property(three, ([a, b, c, birth]) => {
        const ab = compareFuzzy(a, b, birth);
        expect([-1, 0, 1]).toContain(ab);
        expect(compareFuzzy(b, a, birth)).toBe(-ab || 0);
        expect(compareFuzzy(a, a, birth)).toBe(0);
        const bc = compareFuzzy(b, c, birth);
        if (ab <= 0 && bc <= 0) expect(compareFuzzy(a, c, birth)).toBeLessThanOrEqual(0);
        if (ab === 0 && bc === 0) expect(compareFuzzy(a, c, birth)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('has a fixed width for every date', () => {
    fc.assert(
      fc.property(maybeFuzzyDate, maybeBirthDate, (d, birth) => {
        expect(fuzzySortKey(d, birth)).toHaveLength(SORT_KEY_WIDTH);
      }),
    );
  });

  it('ties only dates at the same position (approx aside; a given year outranks an age)', () => {
    const position = (d: FuzzyDate | undefined): FuzzyDate | undefined => {
      if (!d) return undefined;
      const rest = { ...d, approx: undefined };
      return rest.year !== undefined ? { ...rest, age: undefined } : rest;
    };
    fc.assert(
      fc.property(maybeFuzzyDate, maybeFuzzyDate, (a, b) => {
        const same = fuzzySortKey(a) === fuzzySortKey(b);
        expect(same).toBe(JSON.stringify(position(a)) === JSON.stringify(position(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders by resolved year first', () => {
    fc.assert(
      fc.property(validFuzzyDate, validFuzzyDate, maybeBirthDate, (a, b, birth) => {
        const ya = resolveYear(a, birth);
        const yb = resolveYear(b, birth);
        if (ya !== undefined && yb !== undefined && ya !== yb) {
          expect(compareFuzzy(a, b, birth)).toBe(ya < yb ? -1 : 1);
        }
      }),
    );
  });

  it('puts age-only dates without a birth date after every dated item, by age, and missing dates last', () => {
    fc.assert(
      fc.property(validFuzzyDate, validFuzzyDate, (a, b) => {
        const aAgeOnly = a.year === undefined;
        const bAgeOnly = b.year === undefined;
        if (!aAgeOnly && bAgeOnly) expect(compareFuzzy(a, b)).toBe(-1);
        if (aAgeOnly && bAgeOnly && a.age !== b.age) {
          expect(compareFuzzy(a, b)).toBe((a.age ?? 0) < (b.age ?? 0) ? -1 : 1);
        }
        expect(compareFuzzy(a, undefined)).toBe(-1);
      }),
    );
  });

  it('(d) puts a year-only date before every dated item of its year and after the year before', () => {
    fc.assert(
      fc.property(validFuzzyDate, maybeBirthDate, (d, birth) => {
        const year = resolveYear(d, birth);
        if (year === undefined) return;
        const yearOnly = { year };
        const hasDetail = d.month !== undefined || d.season !== undefined;
        expect(compareFuzzy(yearOnly, d, birth)).toBe(hasDetail ? -1 : 0);
        expect(compareFuzzy({ year: year + 1 }, d, birth)).toBe(1);
        expect(compareFuzzy({ year: year + 1, approx: true }, d, birth)).toBe(1);
      }),
    );
  });

  it('puts an unknown day first in its month and a season at its middle month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          expect(compareFuzzy({ year, month }, { year, month, day })).toBe(-1);
          expect(compareFuzzy({ year, month, day }, { year, month: month + 1 })).toBe(
            month < 12 ? -1 : 1,
          );
        },
      ),
    );
    expect(compareFuzzy({ year: 2015, month: 3, day: 31 }, { year: 2015, season: 'spring' })).toBe(
      -1,
    );
    expect(compareFuzzy({ year: 2015, season: 'spring' }, { year: 2015, month: 4 })).toBe(-1);
    expect(compareFuzzy({ year: 2015, season: 'winter' }, { year: 2015, month: 1 })).toBe(-1);
  });
});

describe('entrySortKey', () => {
  it('uses the date, else the period start, then the id', () => {
    const a = { id: 'b', date: { year: 2015 } };
    const b = { id: 'a', period: { start: { year: 2015 }, end: { year: 2018 } } };
    const c = { id: 'a', date: { year: 2014, month: 12 } };
    const d = { id: 'z' };
    const keys = [a, b, c, d].map((e) => entrySortKey(e));
    expect([...keys].sort()).toEqual([keys[2], keys[1], keys[0], keys[3]]);
  });

  it('(b) gives the same order whatever order the entries arrive in', () => {
    const entry = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      date: maybeFuzzyDate,
    });
    const entries = fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 30 });
    fc.assert(
      fc.property(entries, maybeBirthDate, fc.integer(), (list, birth, seed) => {
        const byKey = (xs: typeof list) =>
          [...xs]
            .map((e) => ({ e, k: entrySortKey(e, birth) }))
            .sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0))
            .map((x) => x.e.id);
        const shuffled = [...list]
          .map((e, i) => ({ e, r: Math.imul(i + 1, seed | 1) >>> 7 }))
          .sort((x, y) => x.r - y.r)
          .map((x) => x.e);
        expect(byKey(shuffled)).toEqual(byKey(list));
        expect(byKey([...list].reverse())).toEqual(byKey(list));
        // Unique ids make every key unique: the order is total, not just a preorder.
        expect(new Set(list.map((e) => entrySortKey(e, birth))).size).toBe(list.length);
        // And it refines the date order.
        const ids = byKey(list);
        const byId = new Map(list.map((e) => [e.id, e] as const));
        for (let i = 1; i < ids.length; i++) {
          const prev = byId.get(ids[i - 1] ?? '');
          const next = byId.get(ids[i] ?? '');
          expect(compareFuzzy(prev?.date, next?.date, birth)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });
});
