import { useMemo, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { usePeopleText } from '../hooks/use-people-text';
import type { MapEntry } from '@/domain';
import { SECTORS } from '@/domain';

import { NetworkTableRow } from './network-table-row';
import { TableFrame } from './table-frame';
import { NetworkTableVirtualRows } from './network-table-virtual-rows';

/**
 * Past this many rows only those near the screen are drawn. Below it every row is there, so
 * find-in-page and a screen reader's table navigation see the whole table of a real book.
 */
const VIRTUAL_FROM = 200;

/** The map as a table: the same people and places, for screen readers and for reading aloud. */
export function NetworkTable({
  bookId,
  entries,
  caption,
  onMove,
}: {
  bookId: string;
  entries: readonly MapEntry[];
  caption: string;
  onMove?: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const text = usePeopleText();
  // Closest first, then round the map in sector order, as the eye reads the picture.
  const rows = useMemo(
    () =>
      [...entries].sort(
        (a, b) =>
          a.closeness - b.closeness || SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector),
      ),
    [entries],
  );
  const columns = [
    t('people.map.colName'),
    t('people.map.colRelation'),
    t('people.map.colCloseness'),
    t('people.map.colSector'),
    t('people.map.colLine'),
    ...(onMove ? [t('people.map.colMove')] : []),
  ];
  // One way to draw a row, whether every row is there or only those near the screen.
  const row = (entry: MapEntry, index?: number, ref?: Ref<HTMLTableRowElement>) => (
    <NetworkTableRow
      key={entry.person.id}
      bookId={bookId}
      entry={entry}
      text={text}
      rowRef={ref}
      index={index}
      onMove={onMove}
    />
  );
  return (
    <TableFrame className="net-table" caption={caption} columns={columns}>
      {rows.length > VIRTUAL_FROM ? (
        <NetworkTableVirtualRows rows={rows} columns={columns.length} renderRow={row} />
      ) : (
        rows.map((entry) => row(entry))
      )}
    </TableFrame>
  );
}
