import { useLiveQuery } from 'dexie-react-hooks';

import {
  countRecords,
  getBookSummary,
  listRecords,
  readDetails,
  type BookSummary,
  type RecordList,
} from '@/db';
import type { BookDetails, Photo } from '@/domain';

export function useBookSummary(bookId: string): BookSummary | undefined {
  return useLiveQuery(() => getBookSummary(bookId), [bookId]);
}

export function useBookDetails(bookId: string): BookDetails | undefined {
  return useLiveQuery(() => readDetails(bookId), [bookId]);
}

export interface BookCounts {
  entries: number;
  people: number;
  photos: number;
}

export function useBookCounts(bookId: string): BookCounts | undefined {
  return useLiveQuery(async () => {
    const [entries, people, photos] = await Promise.all([
      countRecords('entries', bookId),
      countRecords('people', bookId),
      countRecords('photos', bookId),
    ]);
    return { entries, people, photos };
  }, [bookId]);
}

export function usePhotos(bookId: string): RecordList<Photo> | undefined {
  return useLiveQuery(() => listRecords<Photo>('photos', bookId), [bookId]);
}
