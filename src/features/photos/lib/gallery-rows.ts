import type { Photo } from '@/domain';

/** A month (or a year when the month is unknown), or 'undated' for photos without a year. */
export interface GalleryGroup {
  key: string;
  year?: number;
  month?: number;
}

export type GalleryRow =
  | { kind: 'header'; key: string; group: GalleryGroup; count: number }
  | { kind: 'photos'; key: string; group: GalleryGroup; photos: Photo[] };

export function groupOf(p: Photo): GalleryGroup {
  const year = p.takenAt?.year;
  if (year === undefined) return { key: 'undated' };
  const month = p.takenAt?.month;
  return month === undefined ? { key: `${year}`, year } : { key: `${year}-${month}`, year, month };
}

/**
 * The gallery as rows for the virtualiser: a heading for each month, then rows of `columns`
 * photos. The photos come in photo order (date, then id), so each month is one run.
 */
export function galleryRows(photos: readonly Photo[], columns: number): GalleryRow[] {
  const cols = Math.max(1, Math.floor(columns));
  const rows: GalleryRow[] = [];
  let i = 0;
  while (i < photos.length) {
    const first = photos[i];
    if (!first) break;
    const group = groupOf(first);
    let end = i + 1;
    for (; end < photos.length; end += 1) {
      const p = photos[end];
      if (!p || groupOf(p).key !== group.key) break;
    }
    rows.push({ kind: 'header', key: `h:${group.key}`, group, count: end - i });
    for (let r = i; r < end; r += cols) {
      rows.push({
        kind: 'photos',
        key: `p:${group.key}:${r - i}`,
        group,
        photos: photos.slice(r, Math.min(r + cols, end)),
      });
    }
    i = end;
  }
  return rows;
}

/** The first row of each year, for "jump to year". */
export function yearIndexes(rows: readonly GalleryRow[]): { year: number; index: number }[] {
  const out: { year: number; index: number }[] = [];
  rows.forEach((row, index) => {
    const year = row.group.year;
    if (row.kind === 'header' && year !== undefined && out.at(-1)?.year !== year)
      out.push({ year, index });
  });
  return out;
}

/** How many tiles fit a row: at least two, each at least `minTile` wide. */
export function columnsFor(width: number, minTile = 150, gap = 12): number {
  return Math.max(2, Math.floor((width + gap) / (minTile + gap)));
}
