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

/** Opens a sealed value, remembering the plaintext per IV so live queries do not decrypt again. */
export async function openValue<T>(
  key: CryptoKey,
  table: string,
  bookId: string,
  id: string,
  sealed: SealedValue,
): Promise<T> {
  const cache = decryptedCache(bookId);
  const cacheKey = `${table}:${id}:${toBase64(sealed.iv)}`;
  if (cache?.has(cacheKey)) return cache.get(cacheKey) as T;
  try {
    const value = await openJson<T>(key, sealed, aadFor(table, bookId, id));
    cache?.set(cacheKey, value);
    return value;
  } catch (e) {
    if (e instanceof DamagedRecordError)
      throw new DamagedRecordError(e.message, { recordId: id, cause: e });
    throw e;
  }
}
