/**
 * Looks for a new version whenever the app comes back into view, not only on load: a tablet may
 * keep the app open for weeks, and a fix would otherwise wait for a reload nobody makes. At most
 * once per `minIntervalMs`, so switching tabs back and forth asks the server only now and then.
 */
export const UPDATE_CHECK_INTERVAL_MS = 10 * 60_000;

export interface UpdatableRegistration {
  update: () => Promise<unknown>;
}

export function checkForUpdatesWhenVisible(
  registration: UpdatableRegistration,
  { minIntervalMs = UPDATE_CHECK_INTERVAL_MS, now = () => Date.now() } = {},
): () => void {
  // The load itself just checked: count it as the last check.
  let lastCheck = now();
  const onVisibility = () => {
    if (document.visibilityState !== 'visible') return;
    const at = now();
    if (at - lastCheck < minIntervalMs) return;
    lastCheck = at;
    // Offline, or the server is away: the next time in view tries again.
    registration.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
