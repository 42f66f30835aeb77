import { addMedia, deletePhotos } from '@/db';

import { storedMedia, underImportNote } from './import-note';
import {
  runVideoImport,
  type VideoImportOptions,
  type VideoImportSummary,
} from './video/import-videos';
import { videoPoster } from './video/video-poster';

export type {
  VideoImportOptions,
  VideoImportProgress,
  VideoImportSummary,
} from './video/import-videos';

/**
 * Imports videos into a book (MP4, QuickTime, WebM up to MEDIA_LIMITS.videoBytes): each is
 * cleaned of every place and device identifier without re-encoding, or refused with a reason
 * (`t('video.failure.<reason>')`); given a poster frame and its length on this thread; and stored
 * sealed in pieces, never whole in memory. Progress per file and byte; aborting stops at once.
 * Rejects only when the book cannot be read.
 */
export async function importVideos(
  bookId: string,
  files: File[],
  opts: VideoImportOptions = {},
): Promise<VideoImportSummary> {
  return underImportNote(bookId, files, (journal) =>
    runVideoImport(bookId, files, opts, {
      poster: videoPoster,
      store: addMedia,
      remove: deletePhotos,
      existing: storedMedia,
      journal,
    }),
  );
}
