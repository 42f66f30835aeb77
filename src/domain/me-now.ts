/**
 * "Me now" chosen by picture: how I feel now (a feeling, as on a memory) and what I like, as
 * words of the picture list the picture keyboard shows (src/crypto/words.ts; a word's Danish
 * spelling is its id there and here), so a child who cannot spell can still say it.
 */

/**
 * At most this many likes by picture: enough for a child's favourite things, few enough that
 * they all fit on the cover. The pack's schema refuses more, as the picker does.
 */
export const LIKE_PICTURES_MAX = 12;

export type LikeToggle =
  | { ok: true; likes: string[] }
  /** Already at the most: the child takes one away first (the picker says so). */
  | { ok: false; reason: 'too-many' };

/**
 * Chooses a picture, or takes it away again when already chosen. Chosen pictures keep the
 * order they were tapped in; none is ever there twice.
 */
export function toggleLikePicture(likes: readonly string[], word: string): LikeToggle {
  if (likes.includes(word)) return { ok: true, likes: likes.filter((w) => w !== word) };
  if (likes.length >= LIKE_PICTURES_MAX) return { ok: false, reason: 'too-many' };
  return { ok: true, likes: [...likes, word] };
}

/** Whether two lists of likes hold the same pictures in the same order. */
export function sameLikes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
