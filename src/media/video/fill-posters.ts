/**
 * Posters for videos stored without one (`thumbless`): a pack's videos arrive through the
 * import worker, which has no `<video>` to draw with. This runs on the main thread afterwards,
 * with its storage and drawing passed in (the app's entry is `@/media/fill-missing-posters`).
 */
import type { Photo } from '@/domain';

import type { VideoPoster } from './video-poster';

export interface FillPostersDeps {
  list: (bookId: string) => Promise<Photo[]>;
  /** The cleaned bytes as stored, or undefined when they are too big to open here. */
  bytes: (bookId: string, item: Photo) => Promise<Blob | undefined>;
  poster: (clean: Blob, signal?: AbortSignal) => Promise<VideoPoster | undefined>;
  store: (bookId: string, itemId: string, poster: VideoPoster) => Promise<Photo | undefined>;
}

export interface FillPostersSummary {
  /** Videos that now have a poster. */
  filled: string[];
  /** Videos left thumbless: this browser cannot play them, or reading or storing failed. */
  left: string[];
}

function wantsPoster(item: Photo): boolean {
  return item.kind === 'video' && item.thumbless === true && item.deletedAt === undefined;
}

async function fillOne(
  bookId: string,
  item: Photo,
  deps: FillPostersDeps,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    const bytes = await deps.bytes(bookId, item);
    if (!bytes) return false;
    const poster = await deps.poster(bytes, signal);
    if (!poster || signal?.aborted === true) return false;
    return (await deps.store(bookId, item.id, poster)) !== undefined;
  } catch {
    // A damaged or unplayable video keeps its icon; the next fill tries again.
    return false;
  }
}

/**
 * Draws and stores a poster for each live thumbless video of a book (hidden ones too), one at a
 * time. A video the browser cannot play stays as it is, with no error; an abort stops before the
 * next video (a poster being stored is stored whole or not at all).
 */
export async function fillPosters(
  bookId: string,
  deps: FillPostersDeps,
  signal?: AbortSignal,
): Promise<FillPostersSummary> {
  const summary: FillPostersSummary = { filled: [], left: [] };
  for (const item of (await deps.list(bookId)).filter(wantsPoster)) {
    if (signal?.aborted === true) break;
    if (await fillOne(bookId, item, deps, signal)) summary.filled.push(item.id);
    else summary.left.push(item.id);
  }
  return summary;
}
