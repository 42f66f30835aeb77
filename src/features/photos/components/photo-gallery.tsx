import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, VirtualRows } from '@/components';
import type { Photo } from '@/domain';
import { useColumns } from '../hooks/use-columns';
import { galleryRows, yearIndexes, type GalleryRow } from '../lib/gallery-rows';

import { groupLabel, photoLabel } from './gallery-group-label';
import { GalleryTile } from './gallery-tile';

const GAP = 12;
const HEADER = 56;

/** Buttons that scroll the list to each year's first month, when there is more than one year. */
function YearJump({
  years,
  onJump,
}: {
  years: { year: number; index: number }[];
  onJump: (index: number) => void;
}) {
  const { t } = useTranslation();
  if (years.length <= 1) return null;
  return (
    <nav className="year-jump" aria-label={t('photos.gallery.jumpTo')}>
      <ul>
        {years.map((y) => (
          <li key={y.year}>
            <Button
              variant="quiet"
              onClick={() => {
                onJump(y.index);
              }}
            >
              {y.year}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One virtual row: a month's heading with its count, or a row of tiles of that month. */
function RowContent({
  row,
  columns,
  tile,
  onOpen,
}: {
  row: GalleryRow;
  columns: number;
  tile: number;
  onOpen: (p: Photo) => void;
}) {
  const { t } = useTranslation();
  const label = groupLabel(t, row.group);
  if (row.kind === 'header') {
    return (
      <h3 className="gallery-month">
        {label}{' '}
        <span className="gallery-month-count">
          {t('photos.gallery.count', { count: row.count })}
        </span>
      </h3>
    );
  }
  return (
    <ul
      className="gallery-tiles"
      aria-label={t('photos.gallery.list', { date: label })}
      style={{ gridTemplateColumns: `repeat(${columns}, 1fr)`, gridAutoRows: `${tile}px` }}
    >
      {row.photos.map((p) => (
        <li key={p.id}>
          <GalleryTile photo={p} label={photoLabel(t, p, label)} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

/**
 * Every photo of the book by year and month, virtualised over the page's own scrolling: only
 * the rows on screen (and a few around them) exist, so 10,000 photos scroll like 20.
 */
export function PhotoGallery({ photos, onOpen }: { photos: Photo[]; onOpen: (p: Photo) => void }) {
  const listRef = useRef<HTMLDivElement>(null);
  const { columns, width } = useColumns(listRef);
  const rows = useMemo(() => galleryRows(photos, columns), [photos, columns]);
  const years = useMemo(() => yearIndexes(rows), [rows]);
  const tile = Math.max(80, (width - GAP * (columns - 1)) / columns);
  const [margin, setMargin] = useState(0);

  useLayoutEffect(() => {
    const el = listRef.current;
    if (el) setMargin(el.getBoundingClientRect().top + window.scrollY);
  }, [rows.length, width]);

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === 'header' ? HEADER : tile + GAP),
    overscan: 4,
    scrollMargin: margin,
    getItemKey: (i) => rows[i]?.key ?? i,
  });

  return (
    <>
      <YearJump
        years={years}
        onJump={(index) => {
          virtualizer.scrollToIndex(index, { align: 'start' });
        }}
      />
      <VirtualRows
        virtualizer={virtualizer}
        listRef={listRef}
        rows={rows}
        className="gallery"
        rowClassName={(row) => `gallery-row gallery-row-${row.kind}`}
        fixedHeight
      >
        {(row) => <RowContent row={row} columns={columns} tile={tile} onOpen={onOpen} />}
      </VirtualRows>
    </>
  );
}
