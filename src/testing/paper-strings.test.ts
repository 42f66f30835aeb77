import { da, en } from '@/i18n';
import { PAPER_FAILURES } from '@/media/import-papers';

// Every reason a paper import can give has words in both languages, and no words without a reason.
it('names every paper failure in Danish and English', () => {
  const reasons = [...PAPER_FAILURES].sort();
  expect(Object.keys(da.papers.failure).sort()).toEqual(reasons);
  expect(Object.keys(en.papers.failure).sort()).toEqual(reasons);
  for (const reason of PAPER_FAILURES) {
    expect(da.papers.failure[reason].length).toBeGreaterThan(10);
    expect(en.papers.failure[reason]).not.toBe(da.papers.failure[reason]);
  }
});
