/**
 * How long the unlock screen waits after wrong secrets. The first two mistakes are free (children
 * mistype); after that the wait doubles from 1 s up to a minute, which slows guessing at the
 * screen without ever locking a child out of their own book.
 */
export const FREE_FAILURES = 2;
export const FIRST_DELAY_MS = 1_000;
export const MAX_DELAY_MS = 60_000;

export function delayAfterFailures(failures: number): number {
  if (Number.isNaN(failures) || failures <= FREE_FAILURES) return 0;
  const exponent = Math.floor(failures) - FREE_FAILURES - 1;
  // Compare the exponent, not the product, so huge counts cannot overflow to Infinity.
  if (exponent >= Math.log2(MAX_DELAY_MS / FIRST_DELAY_MS)) return MAX_DELAY_MS;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** exponent);
}
