/**
 * The per-book data key. Its 32 raw bytes are what gets wrapped (by the sentence, the recovery
 * code, a PIN or a device key); the CryptoKey used for sealing records is non-extractable, so
 * script running later cannot export it. Callers zero `raw` as soon as it has been wrapped.
 */
import { fromBase64, randomBytes, toBase64, toBufferSource } from './bytes';
import { DamagedRecordError, WrongSecretError } from './errors';
import { open, seal, type Sealed } from './seal';
import { subtle } from './webcrypto';

export const DATA_KEY_BYTES = 32;
/** Binds a wrapped copy to its purpose: a sealed record can never pass for a wrapped key. */
const WRAP_AAD = 'livsbog-data-key';

/** base64 strings, so a keyring is plain JSON for IndexedDB and packs. */
export interface WrappedKey {
  iv: string;
  ct: string;
}

export async function importDataKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== DATA_KEY_BYTES) throw new RangeError('A data key is 32 bytes');
  return subtle().importKey('raw', toBufferSource(raw), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function createDataKey(): Promise<{ key: CryptoKey; raw: Uint8Array }> {
  const raw = randomBytes(DATA_KEY_BYTES);
  return { key: await importDataKey(raw), raw };
}

export async function wrapRawKey(raw: Uint8Array, kek: CryptoKey): Promise<WrappedKey> {
  if (raw.length !== DATA_KEY_BYTES) throw new RangeError('A data key is 32 bytes');
  const sealed = await seal(kek, raw, WRAP_AAD);
  return { iv: toBase64(sealed.iv), ct: toBase64(sealed.ct) };
}

function decodeWrapped(wrapped: WrappedKey): Sealed {
  try {
    return { iv: fromBase64(wrapped.iv), ct: fromBase64(wrapped.ct).buffer };
  } catch (error) {
    throw new DamagedRecordError('Wrapped key is not valid base64', { cause: error });
  }
}

/**
 * A failed tag check here means the secret was wrong (the wrapped bytes themselves are tiny and
 * stored beside the book), so it is reported as WrongSecretError rather than damage.
 */
export async function unwrapRawKey(wrapped: WrappedKey, kek: CryptoKey): Promise<Uint8Array> {
  const sealed = decodeWrapped(wrapped);
  let raw: Uint8Array;
  try {
    raw = await open(kek, sealed, WRAP_AAD);
  } catch (error) {
    if (error instanceof DamagedRecordError)
      throw new WrongSecretError(undefined, { cause: error });
    throw error;
  }
  if (raw.length !== DATA_KEY_BYTES) {
    raw.fill(0);
    throw new DamagedRecordError('Unwrapped data key has the wrong length');
  }
  return raw;
}
