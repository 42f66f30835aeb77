import { useSyncExternalStore } from 'react';

import { isUnlocked, pinUnlocker, sessionVersion, subscribeSession } from '@/db';

/** Re-renders on every lock and unlock, in this tab. */
export function useUnlocked(bookId: string): boolean {
  useSyncExternalStore(subscribeSession, sessionVersion);
  return isUnlocked(bookId);
}

export function useHasPin(bookId: string): boolean {
  useSyncExternalStore(subscribeSession, sessionVersion);
  return pinUnlocker(bookId) !== undefined;
}
