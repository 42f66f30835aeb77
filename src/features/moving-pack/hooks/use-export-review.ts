import { useEffect, useState } from 'react';

import { DEFAULT_EXPORT_CHOICES, selectForExport, type LeftOut } from '@/pack';
import { readBookContent, type BookContent } from '@/db';

export type ExportReview =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | {
      status: 'ready';
      content: BookContent;
      /** Records that cannot be opened, so cannot go along. */
      damaged: number;
      /** What the default choices leave out: the review screen offers each of these. */
      leftOut: LeftOut;
    };

/** The book as it would be exported, read once when the page opens. */
export function useExportReview(bookId: string): ExportReview {
  const [review, setReview] = useState<ExportReview>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    readBookContent(bookId).then(
      ({ content, damaged }) => {
        if (!live) return;
        const { leftOut } = selectForExport(content, DEFAULT_EXPORT_CHOICES);
        setReview({ status: 'ready', content, damaged: damaged.length, leftOut });
      },
      (error: unknown) => {
        if (live) setReview({ status: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
  }, [bookId]);
  return review;
}
