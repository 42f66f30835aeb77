import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';

import { readBook, type BookSummary } from '@/db';
import { countBinnedEntries, getEntry, listBinnedEntries, listEntries } from '@/db';
import { listRecords, type RecordList } from '@/db';
import { firstEntries, paintedFirstScreen, subscribeFirstEntries, type FirstEntries } from '@/db';
import type { BookDetails, Entry, Person, Photo } from '@/domain';

import { timelineEntriesFrom, type TimelineEntries } from '../lib/timeline-entries';

/** The open book's cover (language, age mode) and sealed details (birth date). */
export function useTimelineBook(
  bookId: string,
): { summary: BookSummary; details: BookDetails } | undefined {
  return useLiveQuery(() => readBook(bookId), [bookId]);
}

/** Every entry of the book, live; none asked for while `enabled` is false. */
export function useEntries(bookId: string, enabled = true): RecordList<Entry> | undefined {
  return useLiveQuery(() => (enabled ? listEntries(bookId) : undefined), [bookId, enabled]);
}

/** Right after an unlock: the first screen's entries, opened before the rest (issue 16). */
export function useFirstEntries(bookId: string): FirstEntries | undefined {
  return useSyncExternalStore(subscribeFirstEntries, () => firstEntries(bookId));
}

/**
 * The timeline's entries (see `timelineEntriesFrom`). The full list is not asked for while an
 * unlock's warm-up shows the first screen: its query would open the rest at once and hold up
 * that first paint.
 */
export function useTimelineEntries(bookId: string): TimelineEntries {
  const first = useFirstEntries(bookId);
  const all = useEntries(bookId, first === undefined);
  const entries = useMemo(() => timelineEntriesFrom(all, first), [all, first]);
  useFirstScreenPainted(bookId, entries.partial);
  return entries;
}

/**
 * Tells the unlock's warm-up once the first screen is on screen (a frame, then a task after it),
 * so the rest of the entries open behind it rather than hold up its paint.
 */
function useFirstScreenPainted(bookId: string, partial: boolean): void {
  useEffect(() => {
    if (!partial) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        paintedFirstScreen(bookId);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [bookId, partial]);
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
