/** When to lock by itself: after idle time, or after the app has been hidden for a while. */
export const HIDDEN_LOCK_MS = 60_000;

export interface ActivityState {
  lastActivity: number;
  hiddenSince: number | null;
}

export function shouldAutoLock(
  state: ActivityState,
  now: number,
  idleMs: number,
  hiddenMs = HIDDEN_LOCK_MS,
): boolean {
  return autoLockReason(state, now, idleMs, hiddenMs) !== null;
}

/**
 * Why the book should lock now, if it should. The reason decides how far the lock reaches: a tab
 * left idle in view locks the book in every tab; a tab merely hidden locks only itself.
 */
export function autoLockReason(
  state: ActivityState,
  now: number,
  idleMs: number,
  hiddenMs = HIDDEN_LOCK_MS,
): 'idle' | 'hidden' | null {
  if (state.hiddenSince !== null && now - state.hiddenSince >= hiddenMs) return 'hidden';
  if (idleMs > 0 && now - state.lastActivity >= idleMs) {
    // Idle while hidden is being away from this tab, not from the book.
    return state.hiddenSince === null ? 'idle' : 'hidden';
  }
  return null;
}

/** Milliseconds until the next check is due. */
export function nextCheckIn(
  state: ActivityState,
  now: number,
  idleMs: number,
  hiddenMs = HIDDEN_LOCK_MS,
): number {
  const idleLeft = idleMs > 0 ? idleMs - (now - state.lastActivity) : Number.POSITIVE_INFINITY;
  const hiddenLeft =
    state.hiddenSince !== null ? hiddenMs - (now - state.hiddenSince) : Number.POSITIVE_INFINITY;
  return Math.max(0, Math.min(idleLeft, hiddenLeft, 60_000));
}
