import { useLiveQuery } from 'dexie-react-hooks';

import {
  countRecords,
  getBookSummary,
  listRecords,
  readDetails,
  type BookSummary,
  type RecordList,
} from '@/db';
import { isPicture, mediaKindOf, type BookDetails, type Photo } from '@/domain';

export function useBookSummary(bookId: string): BookSummary | undefined {
  return useLiveQuery(() => getBookSummary(bookId), [bookId]);
}

export function useBookDetails(bookId: string): BookDetails | undefined {
  return useLiveQuery(() => readDetails(bookId), [bookId]);
}

export interface BookCounts {
  entries: number;
  people: number;
  /** Photos and drawings: what the tile's word ("billeder") says. */
  photos: number;
  /** Voice notes, videos and papers, which the same page holds. */
  otherMedia: number;
}

export function useBookCounts(bookId: string): BookCounts | undefined {
  return useLiveQuery(async () => {
    // Kinds are sealed, so the photos page's items are opened to be told apart (the unlock has
    // usually opened them already: unlock-warmup.ts).
    const [entries, people, media] = await Promise.all([
      countRecords('entries', bookId),
      countRecords('people', bookId),
      listRecords<Photo>('photos', bookId),
    ]);
    const photos = media.items.filter((p) => isPicture(mediaKindOf(p))).length;
    return { entries, people, photos, otherMedia: media.items.length - photos };
  }, [bookId]);
}

export function usePhotos(bookId: string): RecordList<Photo> | undefined {
  return useLiveQuery(() => listRecords<Photo>('photos', bookId), [bookId]);
}
