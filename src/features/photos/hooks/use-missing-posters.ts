import { useEffect } from 'react';

import { fillMissingPostersOnce } from '@/media/fill-missing-posters';

/**
 * Draws the posters a pack import could not (its worker has no video player), once per book per
 * session, in the background: the gallery's live list shows each poster as it is stored, and a
 * video this browser cannot play keeps its icon.
 */
export function useMissingPosters(bookId: string): void {
  useEffect(() => {
    if (!bookId) return;
    fillMissingPostersOnce(bookId).catch(() => {
      // Nothing is lost: the icon stays, and the next session tries again.
    });
  }, [bookId]);
}
