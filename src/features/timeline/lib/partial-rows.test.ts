import fc from 'fast-check';

import { sortTimeline, timelineRows, type TimelineItem } from '@/domain';
import { maybeBirthDate, maybeFuzzyDate, validPeriod } from '@/testing/fuzzy-arbitraries';

import { rowsThroughLastEntry } from './partial-rows';

const itemArb: fc.Arbitrary<TimelineItem> = fc.oneof(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constant('memory' as const),
    date: maybeFuzzyDate,
  }),
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    kind: fc.constant('home' as const),
    period: validPeriod,
  }),
);

/** Each row as text, a year with the homes going on in it. */
const labels = (rows: ReturnType<typeof timelineRows>) =>
  rows.map((r) =>
    r.type === 'entry'
      ? `entry:${r.item.id}`
      : r.type === 'year' && r.continuing.length > 0
        ? `${r.key}+${r.continuing.map((i) => i.id).join(',')}`
        : r.key,
  );

describe('rowsThroughLastEntry', () => {
  it('cuts the years a home fills beyond the last entry open', () => {
    const home = {
      id: 'h',
      kind: 'home' as const,
      period: { start: { year: 2008 }, end: { year: 2011 } },
    };
    const memory = { id: 'm', kind: 'memory' as const, date: { year: 2008, month: 5 } };
    const rows = timelineRows([home, memory], { currentYear: 2025, fillPeriodYears: true });
    expect(labels(rows)).toEqual([
      'year:2008',
      'entry:h',
      'entry:m',
      'year:2009+h',
      'year:2010+h',
      'year:2011+h',
    ]);
    expect(labels(rowsThroughLastEntry(rows))).toEqual(['year:2008', 'entry:h', 'entry:m']);
  });

  it('gives the whole timeline’s rows up to the last entry, for the first entries of any book', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { selector: (i) => i.id, maxLength: 25 }),
        maybeBirthDate,
        fc.nat(),
        (items, birth, cut) => {
          const opts = { birth, currentYear: 2025, fillPeriodYears: true };
          const sorted = sortTimeline(items, birth);
          const first = sorted.slice(0, sorted.length === 0 ? 0 : cut % (sorted.length + 1));
          const partial = labels(rowsThroughLastEntry(timelineRows(first, opts)));
          const whole = labels(timelineRows(sorted, opts));
          expect(partial).toEqual(whole.slice(0, partial.length));
          // Every entry open is shown, and nothing after the last of them.
          expect(partial.filter((l) => l.startsWith('entry:'))).toEqual(
            first.map((i) => `entry:${i.id}`),
          );
          if (first.length > 0) expect(partial.at(-1)).toBe(`entry:${first.at(-1)?.id ?? ''}`);
        },
      ),
    );
  });
});
