import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Person, Sector } from '@/domain';
import { SECTORS } from '@/domain';
import { VirtualRows } from '@/components';
import { usePageVirtualizer } from '@/hooks';

import { PersonCardList, type PeopleListProps } from './person-card-list';

/** A row of the list: a sector's heading, or as many of its people as fit side by side. */
type Row =
  | { kind: 'heading'; key: string; sector: Sector }
  | { kind: 'people'; key: string; people: Person[] };

/** First guesses of row heights; each row is measured once it renders. */
const ESTIMATE = { heading: 72, people: 96 } as const;
/** Cards side by side before the grid has been measured (a tablet's width). */
const DEFAULT_COLUMNS = 3;

function rowsOf(people: readonly Person[], columns: number): Row[] {
  const rows: Row[] = [];
  for (const sector of SECTORS) {
    const here = people.filter((p) => p.sector === sector);
    if (here.length === 0) continue;
    rows.push({ kind: 'heading', key: `h-${sector}`, sector });
    for (let i = 0; i < here.length; i += columns) {
      const slice = here.slice(i, i + columns);
      rows.push({ kind: 'people', key: `p-${slice[0]?.id ?? String(i)}`, people: slice });
    }
  }
  return rows;
}

/**
 * Everyone by part of life for a very long list, virtualised against the page's own scrolling
 * as the timeline is: only the rows near the screen exist in the DOM, so a book of thousands of
 * people (an import can bring 10,000) opens at once and scrolls smoothly. A row holds as many
 * cards as the grid fits side by side, read from the grid's own columns, so the layout is the
 * CSS one.
 */
export function VirtualPeopleList({ bookId, people, photoById }: PeopleListProps) {
  const { t } = useTranslation();
  const [columns, setColumns] = useState(DEFAULT_COLUMNS);
  const rows = useMemo(() => rowsOf(people, columns), [people, columns]);

  // Where the list starts on the page (the siblings above it change height), and how many
  // cards a row of the grid holds at this width: both followed as the layout changes.
  const { listRef, virtualizer } = usePageVirtualizer<HTMLDivElement>({
    count: rows.length,
    estimateSize: (i) => ESTIMATE[rows[i]?.kind ?? 'people'],
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 4,
    layoutKey: rows.length,
    onLayout: (el) => {
      const grid = el.querySelector('.person-list');
      if (!grid) return;
      const tracks = getComputedStyle(grid).gridTemplateColumns.split(' ').filter(Boolean);
      if (tracks.length > 0) setColumns(tracks.length);
    },
  });

  return (
    <VirtualRows
      virtualizer={virtualizer}
      listRef={listRef}
      rows={rows}
      className="people-list"
      rowClassName={() => 'people-row sector-group'}
    >
      {(row) =>
        row.kind === 'heading' ? (
          <h3 id={`sector-${row.sector}`}>{t(`people.sectors.${row.sector}`)}</h3>
        ) : (
          <PersonCardList bookId={bookId} people={row.people} photoById={photoById} />
        )
      }
    </VirtualRows>
  );
}
