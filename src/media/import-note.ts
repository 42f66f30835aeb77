import { beginImport, listPhotos } from '@/db';
import type { Photo } from '@/domain';

import { nothingImported, type SummaryOf } from './import-summary';

/**
 * Runs an import of `files` into a book under an import note. The note is written before the
 * first file is stored, so after a crash the app offers to undo the import; it ends however the
 * import ends. `run` gets the note's id to store each batch under. An import of no files stores
 * nothing, so it writes no note and does not run.
 */
export async function underImportNote<Reason>(
  bookId: string,
  files: readonly File[],
  run: (journal: string) => Promise<SummaryOf<Reason>>,
): Promise<SummaryOf<Reason>> {
  if (files.length === 0) return nothingImported();
  const note = await beginImport('photos', files.length, bookId);
  try {
    return await run(note.id);
  } finally {
    await note.finish();
  }
}

/** What the book already holds, so an import skips a file it has (same SHA-256). */
export async function storedMedia(bookId: string): Promise<Photo[]> {
  return (await listPhotos(bookId)).items;
}
