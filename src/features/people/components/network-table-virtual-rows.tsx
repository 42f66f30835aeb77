import type { ReactNode, Ref } from 'react';

import type { MapEntry } from '@/domain';
import { usePageVirtualizer } from '@/hooks';

/** A row's first guess; each row is measured once it renders. */
const ROW_ESTIMATE = 56;

/**
 * The rows of a long map table, virtualised against the page's scrolling: only the rows near
 * the screen exist, between two empty rows that keep the table as tall as all its rows would be.
 * The table itself stays one real table, so its headers and caption read as before.
 */
export function NetworkTableVirtualRows({
  rows,
  columns,
  renderRow,
}: {
  rows: readonly MapEntry[];
  columns: number;
  renderRow: (entry: MapEntry, index: number, ref: Ref<HTMLTableRowElement>) => ReactNode;
}) {
  // Where the rows start on the page: the map and the notices above may change height.
  const { listRef: topRef, virtualizer } = usePageVirtualizer<HTMLTableRowElement>({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => rows[i]?.person.id ?? i,
    overscan: 20,
    watched: (top) => top.closest('table')?.parentElement?.parentElement,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - virtualizer.options.scrollMargin : 0;
  const after = last
    ? virtualizer.getTotalSize() - (last.end - virtualizer.options.scrollMargin)
    : 0;

  return (
    <>
      <tr ref={topRef} aria-hidden="true" className="net-table-spacer">
        <td colSpan={columns} style={{ height: before }} />
      </tr>
      {items.map((item) => {
        const entry = rows[item.index];
        return entry ? renderRow(entry, item.index, virtualizer.measureElement) : null;
      })}
      <tr aria-hidden="true" className="net-table-spacer">
        <td colSpan={columns} style={{ height: Math.max(0, after) }} />
      </tr>
    </>
  );
}
