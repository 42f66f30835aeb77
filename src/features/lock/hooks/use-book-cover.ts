import { useLiveQuery } from 'dexie-react-hooks';

import { getBookSummary, readDetails, type BookSummary } from '@/db';

/** The book's cover, readable while locked; null when no such book exists. */
export function useBookCover(bookId: string): BookSummary | null | undefined {
  return useLiveQuery(async () => (await getBookSummary(bookId)) ?? null, [bookId]);
}

/** The book's auto-lock time; the default applies until its sealed details are read. */
export function useAutoLockMinutes(bookId: string): number {
  const details = useLiveQuery(() => readDetails(bookId).catch(() => undefined), [bookId]);
  return details?.autoLockMinutes ?? 10;
}
