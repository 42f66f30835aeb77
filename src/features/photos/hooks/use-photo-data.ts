import { useLiveQuery } from 'dexie-react-hooks';

import { getBookSummary } from '@/db';
import { listPhotos } from '@/db';
import { listRecords, type RecordList } from '@/db';
import type { Entry, Locale, Person, Photo } from '@/domain';

/** The book's photo list: metadata only, never bytes, so 10,000 photos are a small list. */
export function usePhotoList(bookId: string): RecordList<Photo> | undefined {
  return useLiveQuery(() => listPhotos(bookId), [bookId]);
}

export function usePeople(bookId: string): Person[] | undefined {
  return useLiveQuery(async () => (await listRecords<Person>('people', bookId)).items, [bookId]);
}

export function useEntries(bookId: string): Entry[] | undefined {
  return useLiveQuery(async () => (await listRecords<Entry>('entries', bookId)).items, [bookId]);
}

/** The book's own language: read-aloud speaks it, whatever the interface shows. */
export function useBookLocale(bookId: string): Locale | undefined {
  return useLiveQuery(async () => (await getBookSummary(bookId))?.cover.locale, [bookId]);
}
