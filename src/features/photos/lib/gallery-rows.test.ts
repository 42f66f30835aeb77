import { makePhotoRecord } from './test-photos';
import { columnsFor, galleryRows, yearIndexes } from './gallery-rows';

describe('galleryRows', () => {
  const photos = [
    makePhotoRecord({ takenAt: { year: 2015, month: 3 } }),
    makePhotoRecord({ takenAt: { year: 2015, month: 3 } }),
    makePhotoRecord({ takenAt: { year: 2015, month: 3 } }),
    makePhotoRecord({ takenAt: { year: 2015, month: 7 } }),
    makePhotoRecord({ takenAt: { year: 2016 } }),
    makePhotoRecord({}),
  ];

  it('puts a heading before each month and fills rows of the given width', () => {
    const rows = galleryRows(photos, 2);
    expect(
      rows.map((r) => (r.kind === 'header' ? `# ${r.group.key} (${r.count})` : r.photos.length)),
    ).toEqual(['# 2015-3 (3)', 2, 1, '# 2015-7 (1)', 1, '# 2016 (1)', 1, '# undated (1)', 1]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it('finds the first row of each year', () => {
    expect(yearIndexes(galleryRows(photos, 4))).toEqual([
      { year: 2015, index: 0 },
      { year: 2016, index: 4 },
    ]);
  });

  it('handles 10,000 photos quickly enough to rebuild on every change', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makePhotoRecord({ takenAt: { year: 2000 + Math.floor(i / 500), month: 1 + (i % 12) } }),
    );
    const t0 = performance.now();
    const rows = galleryRows(many, 6);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(rows.flatMap((r) => (r.kind === 'photos' ? r.photos : []))).toHaveLength(10_000);
  });

  it('fits at least two tiles of 150 px to a row', () => {
    expect(columnsFor(300)).toBe(2);
    expect(columnsFor(1000)).toBe(6);
  });
});
