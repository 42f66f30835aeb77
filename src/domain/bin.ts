/**
 * The bin: deleting is never instant and final. A binned item stays restorable for
 * `BIN_DAYS` days, counted from its `deletedAt`, and is purged the first time the book is opened
 * after that.
 */
export const BIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When a binned item goes for good; undefined for a missing or unreadable `deletedAt`. */
export function binExpiresAt(deletedAt: string | undefined, days = BIN_DAYS): Date | undefined {
  if (deletedAt === undefined) return undefined;
  const t = Date.parse(deletedAt);
  return Number.isNaN(t) ? undefined : new Date(t + days * DAY_MS);
}

/**
 * Whether a binned item is due for purging. An item whose deletion time cannot be read is kept:
 * losing a child's story by mistake is worse than keeping it in the bin too long.
 */
export function isPastBin(deletedAt: string | undefined, now: Date, days = BIN_DAYS): boolean {
  const expires = binExpiresAt(deletedAt, days);
  return expires !== undefined && expires.getTime() <= now.getTime();
}

/** Whole days left before purging, rounded up (an item binned a minute ago has 30 days left). */
export function daysLeftInBin(deletedAt: string | undefined, now: Date, days = BIN_DAYS): number {
  const expires = binExpiresAt(deletedAt, days);
  if (expires === undefined) return days;
  return Math.max(0, Math.ceil((expires.getTime() - now.getTime()) / DAY_MS));
}

/** Newest first: what was just deleted is what a child most likely wants back. */
export function newestBinnedFirst(a: { deletedAt?: string }, b: { deletedAt?: string }): number {
  return (b.deletedAt ?? '').localeCompare(a.deletedAt ?? '');
}
