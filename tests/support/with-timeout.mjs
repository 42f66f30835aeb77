/**
 * Races a promise against a timer. Browser calls (evaluate, close, downloads) can hang for good
 * when a page navigates or a service worker swaps mid-call, so every one of them gets its own
 * deadline and a message that names what hung.
 *
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} label
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, label) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms} ms`)), ms);
  });
  // The losing promise may still reject later; swallow that so it is not an unhandled rejection.
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
