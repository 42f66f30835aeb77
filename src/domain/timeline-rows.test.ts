import fc from 'fast-check';

import {
  maybeBirthDate,
  maybeFuzzyDate,
  validFuzzyDate,
  validPeriod,
} from '@/testing/fuzzy-arbitraries';
import { resolveYear } from './fuzzy-core';
import { periodContainsYear } from './fuzzy-period';
import { entrySortKey } from './fuzzy-sort';
import { itemsOfKinds, sortTimeline, timelineRows, type TimelineItem } from './timeline-rows';
import type { EntryKind } from './lists';

const KINDS: EntryKind[] = ['home', 'school', 'leisure', 'event', 'memory', 'letter', 'dream'];

const itemArb: fc.Arbitrary<TimelineItem> = fc.oneof(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom<EntryKind>('event', 'memory', 'letter', 'dream'),
    date: maybeFuzzyDate,
  }),
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constantFrom<EntryKind>('home', 'school', 'leisure'),
    period: validPeriod,
  }),
);
/** Unique ids, as in a real book. */
const itemsArb = fc.uniqueArray(itemArb, { selector: (i) => i.id, maxLength: 25 });

const SAMPLE_BIRTH = { year: 2014, month: 5, day: 14 };
const sample: TimelineItem[] = [
  { id: 'h1', kind: 'home', period: { start: { year: 2014, month: 5 }, end: { year: 2017 } } },
  {
    id: 'h2',
    kind: 'home',
    period: { start: { year: 2017, season: 'autumn' }, end: { year: 2022, month: 6 } },
  },
  { id: 'h3', kind: 'home', period: { start: { year: 2022, month: 7 }, ongoing: true } },
  { id: 's1', kind: 'school', period: { start: { year: 2017 }, end: { year: 2020, month: 7 } } },
  { id: 'm1', kind: 'memory', date: { year: 2019, season: 'summer' } },
  { id: 'd1', kind: 'dream', date: { age: 25 } },
  { id: 'x1', kind: 'memory' },
];

describe('timelineRows examples', () => {
  it('groups the sample book by year with ages, periods first in their start year', () => {
    const rows = timelineRows(sample, { birth: SAMPLE_BIRTH, currentYear: 2025 });
    expect(rows.map((r) => (r.type === 'entry' ? r.item.id : r.key))).toEqual([
      'year:2014',
      'h1',
      'year:2017',
      's1',
      'h2',
      'year:2019',
      'm1',
      'year:2022',
      'h3',
      'year:2039',
      'd1',
      'undated',
      'x1',
    ]);
    const y2019 = rows.find((r) => r.key === 'year:2019');
    expect(y2019).toMatchObject({ year: 2019, age: 5 });
    // In 2019 the child still lives in the second home and goes to daycare.
    expect(y2019?.type === 'year' ? y2019.continuing.map((i) => i.id) : []).toEqual(['s1', 'h2']);
  });

  it('fills the years a period covers, up to now, so the story has no holes', () => {
    const rows = timelineRows(sample, {
      birth: SAMPLE_BIRTH,
      currentYear: 2025,
      fillPeriodYears: true,
    });
    const years = rows.flatMap((r) => (r.type === 'year' ? [r.year] : []));
    expect(years).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2039,
    ]);
    const y2024 = rows.find((r) => r.key === 'year:2024');
    expect(y2024?.type === 'year' ? y2024.continuing.map((i) => i.id) : []).toEqual(['h3']);
  });

  it('puts ages without a birth date after the years, then undated items', () => {
    const rows = timelineRows(sample, { currentYear: 2025 });
    expect(rows.filter((r) => r.type !== 'entry').map((r) => r.key)).toEqual([
      'year:2014',
      'year:2017',
      'year:2019',
      'year:2022',
      'age:25',
      'undated',
    ]);
    expect(rows.find((r) => r.key === 'year:2014')).not.toHaveProperty('age');
  });

  it('lists homes and schools from the same items', () => {
    expect(itemsOfKinds(sample, ['home'], SAMPLE_BIRTH).map((i) => i.id)).toEqual([
      'h1',
      'h2',
      'h3',
    ]);
    expect(itemsOfKinds(sample, ['school']).map((i) => i.id)).toEqual(['s1']);
  });
});

describe('timelineRows properties', () => {
  const opts = fc.record({
    birth: maybeBirthDate,
    currentYear: fc.integer({ min: 2000, max: 2030 }),
    fillPeriodYears: fc.boolean(),
  });

  it('shows every item exactly once, in the total order of entrySortKey', () => {
    fc.assert(
      fc.property(itemsArb, opts, (items, o) => {
        const rows = timelineRows(items, o);
        const shown = rows.flatMap((r) => (r.type === 'entry' ? [r.item] : []));
        expect(shown).toEqual(sortTimeline(items, o.birth));
        const keys = shown.map((i) => entrySortKey(i, o.birth));
        expect(keys).toEqual([...keys].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('has increasing headings: years, then ages, then "undated" once', () => {
    const rank = { year: 0, age: 1, undated: 2 } as const;
    fc.assert(
      fc.property(itemsArb, opts, (items, o) => {
        const headings = timelineRows(items, o).filter((r) => r.type !== 'entry');
        for (let i = 1; i < headings.length; i += 1) {
          const a = headings[i - 1];
          const b = headings[i];
          if (!a || !b) continue;
          if (a.type === b.type) {
            const va = a.type === 'year' ? a.year : a.type === 'age' ? a.age : 0;
            const vb = b.type === 'year' ? b.year : b.type === 'age' ? b.age : 0;
            expect(vb).toBeGreaterThan(va);
          } else {
            expect(rank[b.type]).toBeGreaterThan(rank[a.type]);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('puts each item under the heading of its resolved year (or age, or undated)', () => {
    fc.assert(
      fc.property(itemsArb, opts, (items, o) => {
        let heading: ReturnType<typeof timelineRows>[number] | undefined;
        for (const row of timelineRows(items, o)) {
          if (row.type !== 'entry') {
            heading = row;
            continue;
          }
          const date = row.item.date ?? row.item.period?.start;
          const year = resolveYear(date, o.birth);
          if (year !== undefined) expect(heading).toMatchObject({ type: 'year', year });
          else if (date?.age !== undefined) expect(heading).toMatchObject({ type: 'age' });
          else expect(heading?.type).toBe('undated');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never shows an empty year: it has items or a period going on through it', () => {
    fc.assert(
      fc.property(itemsArb, opts, (items, o) => {
        const rows = timelineRows(items, o);
        rows.forEach((row, i) => {
          if (row.type !== 'year') return;
          const next = rows[i + 1];
          const hasItems = next?.type === 'entry';
          expect(hasItems || row.continuing.length > 0).toBe(true);
          for (const c of row.continuing) {
            expect(c.period && periodContainsYear(c.period, row.year, o.birth, o.currentYear)).toBe(
              true,
            );
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives a year the age the child turned that year', () => {
    fc.assert(
      fc.property(fc.array(validFuzzyDate, { maxLength: 8 }), (dates) => {
        const birth = { year: 2010, month: 6 };
        const items = dates.map((date, i) => ({
          id: String(i),
          kind: KINDS[i % 7] ?? 'memory',
          date,
        }));
        for (const row of timelineRows(items, { birth, currentYear: 2025 })) {
          if (row.type !== 'year') continue;
          if (row.year >= 2010) expect(row.age).toBe(row.year - 2010);
          else expect(row.age).toBeUndefined();
        }
      }),
    );
  });
});
