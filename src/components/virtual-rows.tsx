import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode, Ref } from 'react';

/** What the rows need of a window virtualiser (usePageVirtualizer's or the gallery's own). */
export interface PageRowsVirtualizer {
  getTotalSize: () => number;
  getVirtualItems: () => VirtualItem[];
  measureElement: (element: Element | null) => void;
  options: { scrollMargin: number };
}

export interface VirtualRowsProps<T> {
  virtualizer: PageRowsVirtualizer;
  listRef: Ref<HTMLDivElement>;
  rows: readonly T[];
  /** The list's own class, beside `virtual-list` (components.css); it is as tall as all its rows. */
  className: string;
  /** Each row's own class, beside `virtual-row`, which places it. */
  rowClassName: (row: T) => string;
  /**
   * Each row as tall as its estimate (the gallery's rows of square tiles) rather than measured
   * as it renders (a long story or a wrapped name makes its row taller).
   */
  fixedHeight?: boolean;
  children: (row: T) => ReactNode;
}

/**
 * The rows of a list virtualised over the page's own scrolling: only the rows the virtualiser
 * lists exist in the DOM, each placed where it starts below the top of the list (the list's
 * place on the page, the scroll margin, taken off).
 */
export function VirtualRows<T>({
  virtualizer,
  listRef,
  rows,
  className,
  rowClassName,
  fixedHeight = false,
  children,
}: VirtualRowsProps<T>) {
  return (
    <div
      ref={listRef}
      className={`virtual-list ${className}`}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (row === undefined) return null;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={fixedHeight ? undefined : virtualizer.measureElement}
            className={`virtual-row ${rowClassName(row)}`}
            style={{
              ...(fixedHeight ? { height: item.size } : {}),
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {children(row)}
          </div>
        );
      })}
    </div>
  );
}
