import { measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from 'react';

import type { MapEntry } from '@/domain';

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
  const topRef = useRef<HTMLTableRowElement>(null);
  const [offset, setOffset] = useState(0);

  // Where the rows start on the page: the map and the notices above may change height.
  useLayoutEffect(() => {
    const top = topRef.current;
    const around = top?.closest('table')?.parentElement?.parentElement;
    if (!top || !around) return;
    const measure = () => {
      setOffset(Math.round(top.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(around);
    return () => {
      observer.disconnect();
    };
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => rows[i]?.person.id ?? i,
    overscan: 20,
    scrollMargin: offset,
    measureElement: (el, entry, instance) => {
      const size = measureElement(el, entry, instance);
      return size > 0 ? size : ROW_ESTIMATE;
    },
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
