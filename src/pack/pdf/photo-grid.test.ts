import fc from 'fast-check';

import { CAPTION_GAP, layoutPhotoGrid, type GridCell, type GridGeometry } from './photo-grid';

const A4_GRID: GridGeometry = {
  left: 56,
  width: 483,
  firstTop: 700,
  pageTop: 786,
  bottom: 56,
  gap: 14,
};

const cellArb: fc.Arbitrary<GridCell> = fc
  .record({
    photoWidth: fc.integer({ min: 10, max: 483 }),
    photoHeight: fc.integer({ min: 10, max: 300 }),
    captionLines: fc.integer({ min: 0, max: 6 }),
  })
  .map(({ photoWidth, photoHeight, captionLines }) => ({
    width: captionLines > 0 ? Math.max(photoWidth, 150) : photoWidth,
    photoWidth,
    photoHeight,
    captionHeight: captionLines * 14.7,
  }));

describe('layoutPhotoGrid', () => {
  it('keeps every caption on the page of its photo, inside the margins', () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 40 }), (cells) => {
        const placed = layoutPhotoGrid(cells, A4_GRID);
        expect(placed.map((p) => p.index).sort((a, b) => a - b)).toEqual(cells.map((_, i) => i));
        for (const p of placed) {
          const cell = cells[p.index]!;
          // The cell's lowest point is its caption's end: one page holds photo and caption.
          expect(p.captionTop).toBeCloseTo(p.top - cell.photoHeight - CAPTION_GAP);
          expect(p.bottom).toBeGreaterThanOrEqual(A4_GRID.bottom - 1e-6);
          expect(p.top).toBeLessThanOrEqual(p.page === 0 ? A4_GRID.firstTop : A4_GRID.pageTop);
          expect(p.x).toBeGreaterThanOrEqual(A4_GRID.left - 1e-6);
          expect(p.x + cell.photoWidth).toBeLessThanOrEqual(A4_GRID.left + A4_GRID.width + 1e-6);
        }
        // Pages follow one another in order, never back.
        for (let i = 1; i < placed.length; i += 1) {
          expect(placed[i]!.page).toBeGreaterThanOrEqual(placed[i - 1]!.page);
        }
      }),
    );
  });

  it('puts more than two small photos on a page, and a large one alone on its line', () => {
    const small: GridCell = { width: 150, photoWidth: 90, photoHeight: 68, captionHeight: 29.4 };
    const placed = layoutPhotoGrid(Array(9).fill(small) as GridCell[], A4_GRID);
    expect(placed.filter((p) => p.page === 0).length).toBeGreaterThan(2);
    const large: GridCell = { width: 400, photoWidth: 400, photoHeight: 300, captionHeight: 0 };
    const two = layoutPhotoGrid([large, large], A4_GRID);
    expect(two[1]!.top).toBeLessThan(two[0]!.bottom);
  });
});
