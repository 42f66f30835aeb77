import { listPhotos, readMediaBlob, storeVideoPoster } from '@/db';
import { MEDIA_IN_MEMORY_MAX, type Photo } from '@/domain';

import { fillPosters, type FillPostersSummary } from './video/fill-posters';
import { videoPoster } from './video/video-poster';

export type { FillPostersSummary } from './video/fill-posters';

/** Only what fits in memory: a bigger video keeps its icon (no player URL is made here). */
async function bytesOf(bookId: string, item: Photo): Promise<Blob | undefined> {
  if (item.byteLength > MEDIA_IN_MEMORY_MAX) return undefined;
  return readMediaBlob(bookId, item);
}

/**
 * Draws the missing posters of a book's videos (those a pack import stored `thumbless`) with
 * this browser's player and stores them sealed. Videos it cannot play keep their icon.
 */
export async function fillMissingPosters(
  bookId: string,
  signal?: AbortSignal,
): Promise<FillPostersSummary> {
  return fillPosters(
    bookId,
    {
      list: async (id) => (await listPhotos(id)).items,
      bytes: bytesOf,
      poster: videoPoster,
      store: storeVideoPoster,
    },
    signal,
  );
}

const filledThisSession = new Set<string>();

/** `fillMissingPosters` at most once per book per page load (the photos page opening). */
export function fillMissingPostersOnce(bookId: string): Promise<FillPostersSummary | undefined> {
  if (filledThisSession.has(bookId)) return Promise.resolve(undefined);
  filledThisSession.add(bookId);
  return fillMissingPosters(bookId);
}
