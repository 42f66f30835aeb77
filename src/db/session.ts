import type { PinUnlocker } from '@/crypto';

/**
 * The keys of unlocked books, held in memory only. Locking drops the key, zeroes the raw key
 * bytes, forgets every decrypted record and revokes every object URL made from book content.
 * A PIN unlocker (the data key wrapped by a PIN) may survive a lock while the app stays open.
 */
interface OpenBook {
  key: CryptoKey;
  raw: Uint8Array;
  decrypted: Map<string, unknown>;
  objectUrls: Set<string>;
}

const open = new Map<string, OpenBook>();
const pins = new Map<string, PinUnlocker>();
const listeners = new Set<() => void>();
let version = 0;

function notify(): void {
  version += 1;
  for (const l of listeners) l();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever any book is locked or unlocked: a cheap snapshot for useSyncExternalStore. */
export function sessionVersion(): number {
  return version;
}

export function isUnlocked(bookId: string): boolean {
  return open.has(bookId);
}

export function setUnlocked(bookId: string, key: CryptoKey, raw: Uint8Array): void {
  lockBook(bookId, { keepPin: true, silent: true });
  open.set(bookId, { key, raw, decrypted: new Map(), objectUrls: new Set() });
  notify();
}

export function lockBook(bookId: string, opts: { keepPin?: boolean; silent?: boolean } = {}): void {
  const book = open.get(bookId);
  if (book) {
    book.raw.fill(0);
    book.decrypted.clear();
    for (const url of book.objectUrls) URL.revokeObjectURL(url);
    book.objectUrls.clear();
    open.delete(bookId);
  }
  if (!opts.keepPin) forgetPin(bookId);
  if (!opts.silent) notify();
}

export function lockAll(): void {
  for (const id of [...open.keys()]) lockBook(id, { keepPin: true, silent: true });
  notify();
}

export function bookKey(bookId: string): CryptoKey | undefined {
  return open.get(bookId)?.key;
}

/** A copy of the raw data key, for re-wrapping (PIN, device, new sentence). Zero it after use. */
export function rawKeyCopy(bookId: string): Uint8Array | undefined {
  const raw = open.get(bookId)?.raw;
  return raw ? raw.slice() : undefined;
}

export function decryptedCache(bookId: string): Map<string, unknown> | undefined {
  return open.get(bookId)?.decrypted;
}

/** Object URLs of book content are tracked so a lock can revoke them all. */
export function trackObjectUrl(bookId: string, blob: Blob): string {
  const book = open.get(bookId);
  if (!book) throw new Error('book is locked');
  const url = URL.createObjectURL(blob);
  book.objectUrls.add(url);
  return url;
}

/** Frees an object URL early, when the picture showing it goes away. */
export function releaseObjectUrl(bookId: string, url: string): void {
  const book = open.get(bookId);
  if (book?.objectUrls.delete(url)) URL.revokeObjectURL(url);
}

export function setPinUnlocker(bookId: string, unlocker: PinUnlocker): void {
  forgetPin(bookId);
  pins.set(bookId, unlocker);
  notify();
}

export function pinUnlocker(bookId: string): PinUnlocker | undefined {
  const p = pins.get(bookId);
  return p && !p.isLockedOut ? p : undefined;
}

export function forgetPin(bookId: string): void {
  pins.get(bookId)?.destroy();
  pins.delete(bookId);
}
