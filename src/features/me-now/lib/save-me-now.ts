import { readDetails, updateDetails } from '@/db';
import type { MeNow } from '@/domain';

/**
 * Writes some "Me now" fields and keeps every other as stored now. The photo, the feeling, the
 * liked pictures and the typed answers are saved from different parts of the page; each writes
 * only its own, so none puts back an older copy of another.
 */
export async function saveMeNow(
  bookId: string,
  patch: Partial<Omit<MeNow, 'updatedAt'>>,
  now: Date = new Date(),
): Promise<void> {
  const { meNow } = await readDetails(bookId);
  const next: MeNow = { ...meNow, ...patch, updatedAt: now.toISOString() };
  // A field given as undefined is taken away, not stored as a key without a value.
  for (const key of Object.keys(patch)) {
    if (Reflect.get(patch, key) === undefined) Reflect.deleteProperty(next, key);
  }
  await updateDetails(bookId, { meNow: next });
}
