import { openJson, sealJson } from '@/crypto';
import { DamagedRecordError } from '@/crypto';
import { toBase64 } from '@/crypto';

import type { SealedValue } from './database';
import { decryptedCache } from './session';

/**
 * Additional authenticated data binds each ciphertext to its slot, so a sealed record cannot be
 * moved to another id, table or book without failing to open.
 */
export function aadFor(table: string, bookId: string, id: string): string {
  return `livsbog:${table}:${bookId}:${id}`;
}

export async function sealValue(
  key: CryptoKey,
  table: string,
  bookId: string,
  id: string,
  value: unknown,
): Promise<SealedValue> {
  const sealed = await sealJson(key, value, aadFor(table, bookId, id));
  return { iv: sealed.iv, ct: sealed.ct };
}

/**
 * Opens in flight, per session cache: a record that two readers ask for at once (the unlock's
 * warm-up and the first page's query, say) is decrypted once. Keyed by the cache object, so a
 * lock (which drops the cache) drops these too.
 */
const inFlight = new WeakMap<Map<string, unknown>, Map<string, Promise<unknown>>>();

async function openUncached<T>(
  key: CryptoKey,
  table: string,
  bookId: string,
  id: string,
  sealed: SealedValue,
): Promise<T> {
  try {
    return await openJson<T>(key, sealed, aadFor(table, bookId, id));
  } catch (e) {
    if (e instanceof DamagedRecordError)
      throw new DamagedRecordError(e.message, { recordId: id, cause: e });
    throw e;
  }
}

/** Opens a sealed value, remembering the plaintext per IV so live queries do not decrypt again. */
export async function openValue<T>(
  key: CryptoKey,
  table: string,
  bookId: string,
  id: string,
  sealed: SealedValue,
): Promise<T> {
  const cache = decryptedCache(bookId);
  if (!cache) return openUncached<T>(key, table, bookId, id, sealed);
  const cacheKey = `${table}:${id}:${toBase64(sealed.iv)}`;
  if (cache.has(cacheKey)) return cache.get(cacheKey) as T;
  let pending = inFlight.get(cache);
  if (!pending) {
    pending = new Map();
    inFlight.set(cache, pending);
  }
  const already = pending.get(cacheKey);
  if (already) return already as Promise<T>;
  const opening = openUncached<T>(key, table, bookId, id, sealed);
  pending.set(cacheKey, opening);
  try {
    const value = await opening;
    cache.set(cacheKey, value);
    return value;
  } finally {
    pending.delete(cacheKey);
  }
}
