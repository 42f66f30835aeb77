import { render, screen } from '@testing-library/react';
import type { VirtualItem } from '@tanstack/react-virtual';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { VirtualRows, type PageRowsVirtualizer } from './virtual-rows';

/** A virtualiser that lists the given items, the list starting 100 px down the page. */
function fakeVirtualizer(items: VirtualItem[]): PageRowsVirtualizer {
  return {
    getTotalSize: () => 900,
    getVirtualItems: () => items,
    measureElement: vi.fn(),
    options: { scrollMargin: 100 },
  };
}

const item = (index: number, start: number, size: number): VirtualItem => ({
  key: `k${String(index)}`,
  index,
  start,
  end: start + size,
  size,
  lane: 0,
});

const ROWS = ['Alma', 'Noah', 'Sofie'];

describe('VirtualRows', () => {
  it('renders only the listed rows, placed below the list top, the list as tall as all rows', () => {
    const listRef = createRef<HTMLDivElement>();
    const virtualizer = fakeVirtualizer([item(1, 160, 40), item(2, 200, 50), item(7, 250, 40)]);
    render(
      <VirtualRows
        virtualizer={virtualizer}
        listRef={listRef}
        rows={ROWS}
        className="the-list"
        rowClassName={(row) => `row-${row}`}
      >
        {(row) => <p>{row}</p>}
      </VirtualRows>,
    );
    expect(listRef.current).toHaveClass('virtual-list', 'the-list');
    expect(listRef.current).toHaveStyle({ height: '900px' });
    // Alma is not listed (off screen), and index 7 has no row: neither is drawn.
    expect(screen.queryByText('Alma')).toBeNull();
    const noah = screen.getByText('Noah').parentElement;
    expect(noah).toHaveClass('virtual-row', 'row-Noah');
    expect(noah).toHaveAttribute('data-index', '1');
    expect(noah).toHaveStyle({ transform: 'translateY(60px)' });
    expect(screen.getByText('Sofie').parentElement).toHaveStyle({
      transform: 'translateY(100px)',
    });
    expect(listRef.current?.children).toHaveLength(2);
    // Measured rows: each is handed to the virtualiser and keeps the height of its content.
    expect(virtualizer.measureElement).toHaveBeenCalledWith(noah);
    expect(noah?.style.height).toBe('');
  });

  it('gives fixed rows the height of their estimate and does not measure them', () => {
    const virtualizer = fakeVirtualizer([item(0, 100, 120)]);
    render(
      <VirtualRows
        virtualizer={virtualizer}
        listRef={createRef<HTMLDivElement>()}
        rows={ROWS}
        className="the-list"
        rowClassName={() => 'row'}
        fixedHeight
      >
        {(row) => <p>{row}</p>}
      </VirtualRows>,
    );
    const alma = screen.getByText('Alma').parentElement;
    expect(alma).toHaveStyle({ height: '120px', transform: 'translateY(0px)' });
    expect(virtualizer.measureElement).not.toHaveBeenCalled();
  });
});
