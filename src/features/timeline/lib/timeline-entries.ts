import type { FirstEntries, RecordList } from '@/db';
import type { Entry } from '@/domain';

export interface TimelineEntries {
  /** Undefined while loading. */
  list: RecordList<Entry> | undefined;
  /** How many entries the book holds, before any filter. */
  total: number;
  /** Only the first entries in timeline order: the rest are still being opened. */
  partial: boolean;
}

/**
 * What the timeline shows: the full list once there is one; before that, while an unlock's
 * warm-up opens a big book, the first screen's entries (partial) so it paints before all is open.
 */
export function timelineEntriesFrom(
  all: RecordList<Entry> | undefined,
  first: FirstEntries | undefined,
): TimelineEntries {
  if (all) return { list: all, total: all.items.length, partial: false };
  if (first === undefined || first === 'opening') {
    return { list: undefined, total: 0, partial: false };
  }
  return { list: { items: first.items, damaged: [] }, total: first.total, partial: true };
}
