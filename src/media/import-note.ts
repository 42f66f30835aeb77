import { beginImport, listPhotos } from '@/db';
import type { Photo } from '@/domain';

/**
 * Runs an import of `count` files into a book under an import note. The note is written before
 * the first file is stored, so after a crash the app offers to undo the import; it ends however
 * the import ends. `run` gets the note's id to store each batch under.
 */
export async function underImportNote<T>(
  bookId: string,
  count: number,
  run: (journal: string) => Promise<T>,
): Promise<T> {
  const note = await beginImport('photos', count, bookId);
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
