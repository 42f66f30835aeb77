import { useLiveQuery } from 'dexie-react-hooks';

import { listBooks, type BookSummary } from '@/db';

/** Every book on the device (covers only: readable while locked). Undefined while loading. */
export function useBooks(): BookSummary[] | undefined {
  return useLiveQuery(listBooks, []);
}
