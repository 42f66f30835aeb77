/**
 * The page's half of playing a big item through the service worker (`domain/media-range.ts`):
 * random tokens, each standing for one item of an unlocked book, and the answers to the worker's
 * questions about them. A token lives while a player shows the item; locking the book (and so
 * leaving the page, which locks every book) forgets its tokens, like its object URLs.
 */
import { randomBytes, toBase64 } from '@/crypto';
import type { MediaAnswer, MediaAsk, Photo } from '@/domain';

import { isDamaged } from './errors';
import { readMediaRange } from './media-repo';
import { isUnlocked, subscribeSession } from './session';

type MediaItem = Pick<Photo, 'id' | 'byteLength' | 'chunks' | 'mime'>;

const tokens = new Map<string, { bookId: string; item: MediaItem }>();

subscribeSession(() => {
  for (const [token, { bookId }] of tokens) if (!isUnlocked(bookId)) tokens.delete(token);
});

/** A fresh token for an item of an unlocked book (128 random bits, URL-safe). */
export function registerMediaToken(bookId: string, item: MediaItem): string {
  if (!isUnlocked(bookId)) throw new Error('book is locked');
  const token = toBase64(randomBytes(16))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  tokens.set(token, { bookId, item });
  return token;
}

export function releaseMediaToken(token: string): void {
  tokens.delete(token);
}

/** Answers one question of the service worker; the bytes' buffer is the caller's to transfer. */
export async function answerMediaAsk(ask: MediaAsk): Promise<MediaAnswer> {
  const known = tokens.get(ask.token);
  if (!known || !isUnlocked(known.bookId)) return { ok: false, error: 'unknown' };
  const { bookId, item } = known;
  if (ask.ask === 'info') return { ok: true, size: item.byteLength, mime: item.mime };
  try {
    const bytes = await readMediaRange(bookId, item, ask.start, ask.end);
    // A fresh buffer of exactly these bytes, so transferring it hands over nothing else.
    const out = new Uint8Array(bytes.length);
    out.set(bytes);
    return { ok: true, bytes: out.buffer };
  } catch (e) {
    return { ok: false, error: isDamaged(e) ? 'damaged' : 'failed' };
  }
}
