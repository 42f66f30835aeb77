/**
 * A marker that this device holds books, so the app can tell "never had a book here" from
 * "the browser cleared its storage". When a browser evicts a site's data it clears IndexedDB,
 * Cache Storage and localStorage together but keeps the site's cookies, so the marker lives in a
 * cookie. It holds `1` and nothing else: no name, no id, no count, nothing about the child. The
 * sample book does not count: it can be made again, and there is no pack to bring it back from.
 */
import type { LivsbogDb } from './database';

const NAME = 'livsbog-books';
/** 400 days: the longest Chromium keeps a cookie. Refreshed on every start with books. */
const MAX_AGE_SECONDS = 34_560_000;

function cookieJar(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

function write(value: string, maxAge: number): void {
  const jar = cookieJar();
  if (!jar) return;
  // Secure where the page itself is; plain http only happens on localhost and in tests.
  const secure = typeof location !== 'undefined' && location.protocol === 'https:';
  try {
    jar.cookie = `${NAME}=${value}; Max-Age=${String(maxAge)}; SameSite=Strict; Path=/${
      secure ? '; Secure' : ''
    }`;
  } catch {
    // Cookies may be blocked: the app works without the marker, it only loses the notice.
  }
}

/** True while the marker is set: this device held at least one book when it was last set. */
export function hasBooksMarker(): boolean {
  const jar = cookieJar();
  if (!jar) return false;
  try {
    return jar.cookie.split(';').some((c) => c.trim() === `${NAME}=1`);
  } catch {
    return false;
  }
}

/** Sets (or extends) the marker: called when a book is made or brought in, and on every start. */
export function setBooksMarker(): void {
  write('1', MAX_AGE_SECONDS);
}

/** Removes the marker: the user deleted their last book, or has read the notice about it. */
export function clearBooksMarker(): void {
  write('', 0);
}

/** Whether any book other than the sample is stored. */
export async function hasOwnBooks(d: LivsbogDb): Promise<boolean> {
  const books = await d.books.toArray();
  return books.some((b) => b.cover.sample !== true);
}

/**
 * At start: books here mean the marker is set and extended. No books leave it as it is: that is
 * exactly the case it exists to notice.
 */
export async function refreshBooksMarker(d: LivsbogDb): Promise<void> {
  if (await hasOwnBooks(d)) setBooksMarker();
}

/** After a deliberate delete: the marker goes with the last book the user made. */
export async function clearBooksMarkerIfNone(d: LivsbogDb): Promise<void> {
  if (!(await hasOwnBooks(d))) clearBooksMarker();
}
