/**
 * AES-GCM-256 sealing of records and blobs. Every call draws a fresh 96-bit IV (random IVs are
 * safe far beyond the number of records one book will ever have). The additional authenticated
 * data names the slot (`entry:<id>`, `photo:<id>:thumb`), so a ciphertext copied into another
 * record fails to open instead of showing the wrong content.
 */
import { randomBytes, toBufferSource, utf8Decode, utf8Encode } from './bytes';
import { DamagedRecordError } from './errors';
import { subtle } from './webcrypto';

export const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  iv: Uint8Array;
  /** Ciphertext followed by the 16-byte authentication tag. */
  ct: ArrayBuffer;
}

export async function seal(key: CryptoKey, plaintext: Uint8Array, aad: string): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8Encode(aad), tagLength: TAG_BYTES * 8 },
    key,
    toBufferSource(plaintext),
  );
  return { iv, ct };
}

function isBytesLike(value: unknown): value is Uint8Array {
  return (
    ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]'
  );
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

function errorName(error: unknown): unknown {
  // Not instanceof DOMException: under jsdom the error comes from Node's realm.
  return typeof error === 'object' && error !== null
    ? (error as { name?: unknown }).name
    : undefined;
}

export async function open(key: CryptoKey, sealed: Sealed, aad: string): Promise<Uint8Array> {
  // Records come back from storage or an imported pack: check the shape before trusting it.
  const stored: unknown = sealed;
  const shapeOk =
    typeof stored === 'object' &&
    stored !== null &&
    isBytesLike(sealed.iv) &&
    sealed.iv.length === IV_BYTES &&
    isArrayBuffer(sealed.ct) &&
    sealed.ct.byteLength >= TAG_BYTES;
  if (!shapeOk) throw new DamagedRecordError('Sealed record has the wrong shape', { slot: aad });
  try {
    const plain = await subtle().decrypt(
      {
        name: 'AES-GCM',
        iv: toBufferSource(sealed.iv),
        additionalData: utf8Encode(aad),
        tagLength: TAG_BYTES * 8,
      },
      key,
      // A view, never the bare ArrayBuffer: Node's WebCrypto (under jsdom) rejects an ArrayBuffer
      // from another realm, such as one rebuilt from base64 or read back from fake-indexeddb.
      new Uint8Array(sealed.ct),
    );
    return new Uint8Array(plain);
  } catch (error) {
    // OperationError is WebCrypto's only signal for a failed tag check (tampering, wrong slot or
    // wrong key). Anything else (a key without 'decrypt' usage, say) is a bug and must surface.
    if (errorName(error) === 'OperationError') {
      throw new DamagedRecordError('Sealed record failed authentication', {
        slot: aad,
        cause: error,
      });
    }
    throw error;
  }
}

export async function sealJson(key: CryptoKey, value: unknown, aad: string): Promise<Sealed> {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError('Value cannot be represented as JSON');
  const bytes = utf8Encode(json);
  try {
    return await seal(key, bytes, aad);
  } finally {
    bytes.fill(0);
  }
}

/** The type parameter is the caller's promise: authentication proves origin, not shape. */
export async function openJson<T>(key: CryptoKey, sealed: Sealed, aad: string): Promise<T> {
  const bytes = await open(key, sealed, aad);
  try {
    return JSON.parse(utf8Decode(bytes)) as T;
  } catch (error) {
    throw new DamagedRecordError('Sealed record is not valid JSON', { slot: aad, cause: error });
  } finally {
    bytes.fill(0);
  }
}

export async function sealBlob(key: CryptoKey, blob: Blob, aad: string): Promise<Sealed> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  try {
    return await seal(key, bytes, aad);
  } finally {
    bytes.fill(0); // do not leave a decoded photo lying in memory until GC
  }
}

export async function openToBlob(
  key: CryptoKey,
  sealed: Sealed,
  aad: string,
  mime: string,
): Promise<Blob> {
  const bytes = await open(key, sealed, aad);
  return new Blob([toBufferSource(bytes)], { type: mime });
}
