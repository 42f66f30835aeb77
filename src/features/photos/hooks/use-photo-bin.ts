import { useLiveQuery } from 'dexie-react-hooks';

import { countBinnedPhotos, listBinnedPhotos, type RecordList } from '@/db';
import type { Photo } from '@/domain';

/** How many items of every kind lie in the bin (the clear flag only; nothing is opened). */
export function useBinnedCount(bookId: string): number | undefined {
  return useLiveQuery(() => countBinnedPhotos(bookId), [bookId]);
}

/** What lies in the bin, opened. */
export function useBinnedPhotos(bookId: string): RecordList<Photo> | undefined {
  return useLiveQuery(() => listBinnedPhotos(bookId), [bookId]);
}
