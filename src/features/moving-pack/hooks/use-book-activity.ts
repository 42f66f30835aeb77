import { useLiveQuery } from 'dexie-react-hooks';

import { bookActivity, type BookActivity } from '@/db';

/** When the book last changed and was last exported; follows writes from any tab. */
export function useBookActivity(bookId: string): BookActivity | undefined {
  return useLiveQuery(() => bookActivity(bookId), [bookId]);
}
