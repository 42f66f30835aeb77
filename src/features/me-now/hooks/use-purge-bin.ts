import { useEffect } from 'react';

import { purgeBin } from '../../../db/entries-repo';

/**
 * The book opens here, so here the bin lets go of what has lain in it for 30 days. A failure
 * only means it happens next time.
 */
export function usePurgeBin(bookId: string): void {
  useEffect(() => {
    purgeBin(bookId).catch(() => undefined);
  }, [bookId]);
}
