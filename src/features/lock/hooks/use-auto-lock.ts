import { useEffect } from 'react';

import { lockBook } from '@/db';
import { autoLockReason, nextCheckIn, type ActivityState } from '../lib/auto-lock';
import { lockEverywhere } from '../lib/lock-channel';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Locks the open book after `minutes` without use, or when the app has been hidden a while. */
export function useAutoLock(bookId: string, minutes: number): void {
  useEffect(() => {
    const idleMs = minutes * 60_000;
    const state: ActivityState = { lastActivity: Date.now(), hiddenSince: null };
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = (): boolean => {
      clearTimeout(timer);
      const now = Date.now();
      const reason = autoLockReason(state, now, idleMs);
      if (reason === 'idle') {
        lockEverywhere(bookId);
        return true;
      }
      if (reason === 'hidden') {
        lockBook(bookId, { keepPin: true });
        return true;
      }
      timer = setTimeout(check, nextCheckIn(state, now, idleMs));
      return false;
    };
    const onActivity = () => {
      state.lastActivity = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        state.hiddenSince = Date.now();
        check();
        return;
      }
      // Coming back: judge the time spent hidden before forgetting it (timers sleep meanwhile).
      if (check()) return;
      state.hiddenSince = null;
      check();
    };

    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    check();
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [bookId, minutes]);
}
