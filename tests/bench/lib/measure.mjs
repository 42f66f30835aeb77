import { withTimeout } from '../../support/with-timeout.mjs';

export const interactiveMark = 'livsbog:interactive';

export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Kilobytes as Vite's build log prints them (1 kB = 1000 bytes), so the two can be compared. */
export function kilobytes(bytes) {
  return round(bytes / 1000, 1);
}

export function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * Resolves with the start time (ms since navigation start) of the app's interactive mark.
 * A PerformanceObserver with `buffered` sees a mark set before or after the call.
 */
export function waitForInteractiveMark(page, timeoutMs = 20_000) {
  return withTimeout(
    page.evaluate(
      (name) =>
        new Promise((resolve) => {
          const observer = new PerformanceObserver((list) => {
            const entry = list.getEntriesByName(name, 'mark')[0];
            if (entry !== undefined) {
              observer.disconnect();
              resolve(entry.startTime);
            }
          });
          observer.observe({ type: 'mark', buffered: true });
        }),
      interactiveMark,
    ),
    timeoutMs,
    `waiting for performance.mark('${interactiveMark}') (the app sets it when the start page is usable)`,
  );
}
