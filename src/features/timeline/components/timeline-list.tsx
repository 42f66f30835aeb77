import { useLayoutEffect, type RefObject } from 'react';

import type { TimelineRow } from '@/domain';
import type { Entry, Person, Photo } from '@/domain';
import { VirtualRows } from '@/components';
import { usePageVirtualizer } from '@/hooks';

import { EntryCard } from './entry-card';
import { GroupHeading } from './group-heading';
import { RoadCard } from './road-card';

export interface TimelineListProps {
  rows: TimelineRow<Entry>[];
  people: ReadonlyMap<string, Person>;
  photos: ReadonlyMap<string, Photo>;
  now: Date;
  /** Restored when the list appears, saved when it goes: "back" keeps the child's place. */
  scroll: RefObject<number>;
  /** The youngest's road of big picture cards instead of the list. */
  road?: boolean;
}

/** First guesses of row heights; each row is measured once it renders. */
const ESTIMATE = { entry: 150, year: 96, age: 72, undated: 72 } as const;
/** A road card holds a big photo: guess taller, so the first screen does not jump as much. */
const ROAD_ENTRY = 380;

/**
 * The rows of the timeline, virtualised against the page's own scrolling: with thousands of
 * entries only the rows near the screen exist in the DOM. Rows are measured as they render,
 * so a long story or a photo simply makes its row taller.
 */
export function TimelineList({
  rows,
  people,
  photos,
  now,
  scroll,
  road = false,
}: TimelineListProps) {
  // The list starts below the heading and filters, whose height changes (a notice, a filter
  // row wrapping): the hook follows where the list begins on the page.
  const { listRef, virtualizer } = usePageVirtualizer<HTMLDivElement>({
    count: rows.length,
    estimateSize: (i) => {
      const type = rows[i]?.type ?? 'entry';
      return road && type === 'entry' ? ROAD_ENTRY : ESTIMATE[type];
    },
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 6,
  });

  useLayoutEffect(() => {
    const saved = scroll;
    if (saved.current > 0) window.scrollTo(0, saved.current);
    return () => {
      saved.current = window.scrollY;
    };
  }, [scroll]);

  return (
    <VirtualRows
      virtualizer={virtualizer}
      listRef={listRef}
      rows={rows}
      className={road ? 'timeline-list timeline-road' : 'timeline-list'}
      rowClassName={(row) => `timeline-row timeline-row-${row.type}`}
    >
      {(row) =>
        row.type === 'entry' && road ? (
          <RoadCard entry={row.item} photos={photos} now={now} />
        ) : row.type === 'entry' ? (
          <EntryCard entry={row.item} people={people} photos={photos} now={now} />
        ) : (
          <GroupHeading row={row} />
        )
      }
    </VirtualRows>
  );
}
