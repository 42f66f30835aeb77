import type { LivsbogDb } from './database';

/**
 * Deletes these photos of this book with all their bytes (picture, thumbnail, a big item's
 * pieces), inside the caller's transaction over `photos` and `blobs`. Only this book's rows: an
 * id of another book's photo never half-deletes it.
 */
export async function deleteBookPhotoRows(
  d: LivsbogDb,
  bookId: string,
  ids: string[],
): Promise<void> {
  const rows = await d.photos.bulkGet(ids);
  await d.photos.bulkDelete(rows.filter((r) => r?.bookId === bookId).map((r) => r?.id ?? ''));
  await d.blobs
    .where('photoId')
    .anyOf(ids)
    .filter((b) => b.bookId === bookId)
    .delete();
}
