import type { BookCover, BookDetails } from './types';

/** The idle times, in minutes, that Settings offers for locking an open book. */
export const AUTO_LOCK_CHOICES = [2, 5, 10, 20, 30, 60] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 10;

/**
 * The nearest idle time Settings offers. A value from outside the app (a moving pack) could be
 * 0, which turned idle lock off while Settings showed 2, or huge: anything below the shortest
 * choice becomes the shortest, anything above the longest the longest, and a value between two
 * choices the nearer one (the shorter on a tie, since locking early is the safe side).
 * Something that is not a number at all gets the default.
 */
export function clampAutoLockMinutes(value: unknown): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return DEFAULT_AUTO_LOCK_MINUTES;
  const shortest = AUTO_LOCK_CHOICES[0];
  const longest = AUTO_LOCK_CHOICES[AUTO_LOCK_CHOICES.length - 1] ?? shortest;
  // Into range first, so that ±Infinity compares as a distance like any other value.
  const wanted = Math.min(Math.max(value, shortest), longest);
  let best: number = shortest;
  for (const choice of AUTO_LOCK_CHOICES) {
    if (Math.abs(choice - wanted) < Math.abs(best - wanted)) best = choice;
  }
  return best;
}

/**
 * A pack's book as this device stores it: the settings clamped to what Settings offers, and
 * never the sample book. Being the sample book shows the public sample sentence on the lock
 * screen and leaves the book out of the "this device has books" marker; a pack is always the
 * child's own book, whatever it says.
 */
export function bookFromPack(
  cover: BookCover,
  details: BookDetails,
): { cover: BookCover; details: BookDetails } {
  const ownCover: BookCover = { ...cover };
  delete ownCover.sample;
  return {
    cover: ownCover,
    details: { ...details, autoLockMinutes: clampAutoLockMinutes(details.autoLockMinutes) },
  };
}
