import { useDeferredValue, useMemo } from 'react';

import type { RecordList } from '@/db';
import { timelineRows, type Entry, type FuzzyDate, type Person } from '@/domain';
import { filterEntries, isFiltering, type TimelineFilter } from '../lib/filter-entries';
import { rowsThroughLastEntry } from '../lib/partial-rows';

/**
 * The timeline's rows for the entries the filter lets through, and how many those are. Typing in
 * the search box stays instant; the rows catch up when React has time. `partial`: the entries are
 * only the first ones in timeline order, so the rows stop after the last of them.
 */
export function useTimelineRows(
  entries: RecordList<Entry> | undefined,
  filter: TimelineFilter,
  peopleById: ReadonlyMap<string, Person>,
  birth: FuzzyDate | undefined,
  partial = false,
) {
  const query = useDeferredValue(filter.query);
  return useMemo(() => {
    const today = new Date();
    const items = entries?.items ?? [];
    const visible = filterEntries(items, { ...filter, query }, peopleById, today);
    const rows = timelineRows(visible, {
      birth,
      currentYear: today.getFullYear(),
      fillPeriodYears: !isFiltering({ ...filter, query }),
    });
    return { now: today, shown: visible.length, rows: partial ? rowsThroughLastEntry(rows) : rows };
  }, [entries, filter, query, peopleById, birth, partial]);
}
