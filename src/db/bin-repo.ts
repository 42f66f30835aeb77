import { purgeBinnedEntries } from './entries-repo';
import { purgeBinnedPhotos } from './photos-bin';

/**
 * Empties what has lain in the book's bin for 30 days or more, entries and every kind of memory
 * alike; returns how many went. Called when the book is opened.
 */
export async function purgeBin(bookId: string, now: Date = new Date()): Promise<number> {
  const entries = await purgeBinnedEntries(bookId, now);
  return entries + (await purgeBinnedPhotos(bookId, now));
}
