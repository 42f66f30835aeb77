/** Unit tests have no service worker: the update prompt never shows. */
export function useRegisterSW() {
  const noop = () => undefined;
  return {
    needRefresh: [false, noop] as const,
    offlineReady: [false, noop] as const,
    updateServiceWorker: () => Promise.resolve(),
  };
}
