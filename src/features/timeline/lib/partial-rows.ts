import type { TimelineItem, TimelineRow } from '@/domain';

/**
 * The rows of the first entries in timeline order, cut after the last entry's row. Beyond it the
 * rows of a partial list are not those of the whole: a home from 2008 to 2015 fills the years up
 * to 2015 with headings whose own entries are not open yet. Up to it they are the same, since
 * every entry before the last one shown is among those open.
 */
export function rowsThroughLastEntry<T extends TimelineItem>(
  rows: readonly TimelineRow<T>[],
): TimelineRow<T>[] {
  let last = -1;
  rows.forEach((row, i) => {
    if (row.type === 'entry') last = i;
  });
  return rows.slice(0, last + 1);
}
