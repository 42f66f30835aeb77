import { useEffect } from 'react';

import { purgeBin } from '@/db';

/**
 * Empties what has lain in the bin for 30 days, once each time a book's home or timeline opens. A
 * failure (a locked book, a full disk) only means the bin is emptied next time.
 */
export function usePurgeBin(bookId: string): void {
  useEffect(() => {
    purgeBin(bookId).catch(() => undefined);
  }, [bookId]);
}
