import { useLiveQuery } from 'dexie-react-hooks';

import { getBookSummary, readDetails, type BookSummary } from '@/db';
import { clampAutoLockMinutes, DEFAULT_AUTO_LOCK_MINUTES } from '@/domain';

/** The book's cover, readable while locked; null when no such book exists. */
export function useBookCover(bookId: string): BookSummary | null | undefined {
  return useLiveQuery(async () => (await getBookSummary(bookId)) ?? null, [bookId]);
}

/**
 * The book's auto-lock time; the default applies until its sealed details are read. Clamped on
 * read too, because a book brought in before packs were clamped may hold 0 (idle lock off).
 */
export function useAutoLockMinutes(bookId: string): number {
  const details = useLiveQuery(() => readDetails(bookId).catch(() => undefined), [bookId]);
  return clampAutoLockMinutes(details?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES);
}
