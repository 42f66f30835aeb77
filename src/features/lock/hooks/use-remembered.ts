import { useLiveQuery } from 'dexie-react-hooks';

import { isRemembered } from '../../../db';

export function useRemembered(bookId: string): boolean | undefined {
  return useLiveQuery(() => isRemembered(bookId), [bookId]);
}
