import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';
import { useColumns } from '../hooks/use-columns';
import { galleryRows, yearIndexes } from '../lib/gallery-rows';

import { groupLabel, photoLabel } from './gallery-group-label';
import { GalleryTile } from './gallery-tile';

const GAP = 12;
const HEADER = 56;

/**
 * Every photo of the book by year and month, virtualised over the page's own scrolling: only
 * the rows on screen (and a few around them) exist, so 10,000 photos scroll like 20.
 */
export function PhotoGallery({ photos, onOpen }: { photos: Photo[]; onOpen: (p: Photo) => void }) {
  const { t } = useTranslation();
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
      {years.length > 1 ? (
        <nav className="year-jump" aria-label={t('photos.gallery.jumpTo')}>
          <ul>
            {years.map((y) => (
              <li key={y.year}>
                <button
                  type="button"
                  className="btn btn-quiet"
                  onClick={() => {
                    virtualizer.scrollToIndex(y.index, { align: 'start' });
                  }}
                >
                  {y.year}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div ref={listRef} className="gallery" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const label = groupLabel(t, row.group);
          return (
            <div
              key={item.key}
              className={`gallery-row gallery-row-${row.kind}`}
              style={{
                height: item.size,
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              {row.kind === 'header' ? (
                <h3 className="gallery-month">
                  {label}{' '}
                  <span className="gallery-month-count">
                    {t('photos.gallery.count', { count: row.count })}
                  </span>
                </h3>
              ) : (
                <ul
                  className="gallery-tiles"
                  aria-label={t('photos.gallery.list', { date: label })}
                  style={{
                    gridTemplateColumns: `repeat(${columns}, 1fr)`,
                    gridAutoRows: `${tile}px`,
                  }}
                >
                  {row.photos.map((p) => (
                    <li key={p.id}>
                      <GalleryTile photo={p} label={photoLabel(t, p, label)} onOpen={onOpen} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
