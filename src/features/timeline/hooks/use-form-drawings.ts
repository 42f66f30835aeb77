import { useEffect, useRef } from 'react';

import { deletePhotos } from '@/db';

/**
 * Drawings made inside the entry editor are stored at once, through the photo pipeline. If the
 * editor closes without saving (cancelled, or left), they were never part of the book: they go
 * for good, as a voice note of a cancelled form does. Only drawings made here are tracked, so a
 * drawing that existed before the editor opened is never touched.
 */
export function useFormDrawings(
  bookId: string,
  /** Ticks the drawing for the entry. */
  tick: (ids: readonly string[]) => void,
) {
  const made = useRef<string[]>([]);
  const kept = useRef(false);

  useEffect(() => {
    const drawings = made;
    const saved = kept;
    return () => {
      const ids = drawings.current;
      if (saved.current || ids.length === 0) return;
      drawings.current = [];
      // Best effort on the way out: a failure leaves the drawing in the gallery, as before.
      deletePhotos(bookId, ids).catch(() => undefined);
    };
  }, [bookId]);

  return {
    /** A drawing just made in this editor: ticked, and remembered as made here. */
    add: (id: string) => {
      made.current.push(id);
      tick([id]);
    },
    /** The entry was saved: its drawings stay. */
    keep: () => {
      kept.current = true;
    },
  };
}
