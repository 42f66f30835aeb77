import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';

import { isUnlocked, listBooks, sessionVersion, subscribeSession } from '@/db';
import type { BookCover } from '@/domain';

export interface ImportTargetBook {
  id: string;
  cover: BookCover;
  /** A merge writes with the book's key, so it must be open in this session. */
  unlocked: boolean;
}

/**
 * The books a pack can be merged into. Re-reads the lock state whenever the session changes, so
 * a book unlocked in the meantime becomes a target without reloading the page.
 */
export function useImportTargets(): ImportTargetBook[] | undefined {
  const books = useLiveQuery(listBooks, []);
  // Subscribing is what matters: a new version re-renders, and isUnlocked is read afresh below.
  useSyncExternalStore(subscribeSession, sessionVersion);
  return books?.map((b) => ({ id: b.id, cover: b.cover, unlocked: isUnlocked(b.id) }));
}
