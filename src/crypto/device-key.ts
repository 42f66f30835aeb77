/**
 * "Remember on this device": a random non-extractable key that the db layer stores in IndexedDB
 * as a CryptoKey object. The browser can use it but no script can read its bytes out, so a copy
 * of the database files alone does not open the book.
 */
import { unwrapRawKey, wrapRawKey, type WrappedKey } from './data-key';
import { subtle } from './webcrypto';

export async function createDeviceKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function wrapWithDeviceKey(
  raw: Uint8Array,
  deviceKey: CryptoKey,
): Promise<WrappedKey> {
  return wrapRawKey(raw, deviceKey);
}

/** Throws WrongSecretError when the wrapped copy belongs to another device key. */
export async function unwrapWithDeviceKey(
  wrapped: WrappedKey,
  deviceKey: CryptoKey,
): Promise<Uint8Array> {
  return unwrapRawKey(wrapped, deviceKey);
}
