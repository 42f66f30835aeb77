import { useLiveQuery } from 'dexie-react-hooks';

import { getBookSummary, readDetails, type BookSummary } from '@/db';
import { countBinnedEntries, getEntry, listBinnedEntries, listEntries } from '@/db';
import { listRecords, type RecordList } from '@/db';
import type { BookDetails, Entry, Person, Photo } from '@/domain';

/** The open book's cover (language, age mode) and sealed details (birth date). */
export function useTimelineBook(
  bookId: string,
): { summary: BookSummary; details: BookDetails } | undefined {
  return useLiveQuery(async () => {
    const summary = await getBookSummary(bookId);
    if (!summary) return undefined;
    return { summary, details: await readDetails(bookId) };
  }, [bookId]);
}

export function useEntries(bookId: string): RecordList<Entry> | undefined {
  return useLiveQuery(() => listEntries(bookId), [bookId]);
}

export function useBinnedEntries(bookId: string): RecordList<Entry> | undefined {
  return useLiveQuery(() => listBinnedEntries(bookId), [bookId]);
}

export function useBinnedCount(bookId: string): number | undefined {
  return useLiveQuery(() => countBinnedEntries(bookId), [bookId]);
}

/** One entry: undefined while loading, null when it does not exist (or no longer). */
export function useEntry(bookId: string, id: string): Entry | null | undefined {
  return useLiveQuery(async () => (await getEntry(bookId, id)) ?? null, [bookId, id]);
}

export function usePeople(bookId: string): RecordList<Person> | undefined {
  return useLiveQuery(() => listRecords<Person>('people', bookId), [bookId]);
}

export function useBookPhotos(bookId: string): RecordList<Photo> | undefined {
  return useLiveQuery(() => listRecords<Photo>('photos', bookId), [bookId]);
}
