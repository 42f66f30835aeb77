import { useSyncExternalStore } from 'react';

import { isUnlocked, sessionVersion, subscribeSession } from '@/db';

/** Whether a book is open in this window; re-renders on every lock and unlock. */
export function useIsOpen(bookId: string): boolean {
  useSyncExternalStore(subscribeSession, sessionVersion);
  return isUnlocked(bookId);
}
