/**
 * Where each photo of the photo pages goes: photos side by side while they fit the line, rows
 * down the page, a new page when a row does not fit. A photo and its caption are one cell, so a
 * caption never lands on the page after its photo. Pure (points, PDF orientation: y grows
 * upwards), so tests check the layout without drawing.
 */

export interface GridCell {
  /** Width of the cell: the photo's width, or wider to give its caption room. */
  width: number;
  photoWidth: number;
  photoHeight: number;
  /** Height of the caption and date lines under the photo; 0 without. */
  captionHeight: number;
}

export interface GridGeometry {
  left: number;
  width: number;
  /** Where the first row may start on the first page (below the heading). */
  firstTop: number;
  /** Where rows start on every following page. */
  pageTop: number;
  bottom: number;
  gap: number;
}

export interface PlacedCell {
  index: number;
  /** 0 for the page the grid starts on. */
  page: number;
  x: number;
  /** Top of the photo. */
  top: number;
  /** Top of the caption, right under the photo. */
  captionTop: number;
  /** Lowest point of the cell (photo and caption). */
  bottom: number;
}

/** Space between a photo and its caption. */
export const CAPTION_GAP = 4;

function cellHeight(c: GridCell): number {
  return c.photoHeight + (c.captionHeight > 0 ? CAPTION_GAP + c.captionHeight : 0);
}

export function layoutPhotoGrid(cells: readonly GridCell[], g: GridGeometry): PlacedCell[] {
  const placed: PlacedCell[] = [];
  let page = 0;
  let top = g.firstTop;
  let row: { index: number; cell: GridCell }[] = [];
  let rowWidth = 0;

  const flush = () => {
    if (row.length === 0) return;
    const height = Math.max(...row.map((r) => cellHeight(r.cell)));
    // A row taller than the space left goes to the next page whole (unless the page is empty).
    if (top - height < g.bottom && top < g.pageTop) {
      page += 1;
      top = g.pageTop;
    }
    let x = g.left;
    for (const { index, cell: c } of row) {
      const photoLeft = x + (c.width - c.photoWidth) / 2;
      placed.push({
        index,
        page,
        x: photoLeft,
        top,
        captionTop: top - c.photoHeight - CAPTION_GAP,
        bottom: top - cellHeight(c),
      });
      x += c.width + g.gap;
    }
    top -= height + g.gap;
    row = [];
    rowWidth = 0;
  };

  cells.forEach((c, i) => {
    const needed = row.length === 0 ? c.width : rowWidth + g.gap + c.width;
    if (row.length > 0 && needed > g.width) flush();
    rowWidth = row.length === 0 ? c.width : rowWidth + g.gap + c.width;
    row.push({ index: i, cell: c });
  });
  flush();
  return placed;
}
