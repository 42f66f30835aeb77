/**
 * Key derivation from something a person remembers (secret sentence, recovery code, PIN).
 * PBKDF2-SHA256 because it is the only password KDF WebCrypto offers everywhere; Argon2id would
 * need wasm and a third-party library.
 */
import { fromBase64, randomBytes, toBase64, utf8Encode } from './bytes';
import { DamagedRecordError } from './errors';
import { subtle } from './webcrypto';

/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 needs at least 600,000. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;

/** Stored params come from disk or an imported bundle: refuse values that would hang the app. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;

export interface KdfParams {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 of 16 random bytes. */
  salt: string;
}

let iterationsOverride: number | undefined;

/** Tests only: 600k iterations per derivation would make the suite take minutes. */
export function setKdfIterationsForTests(n: number | undefined): void {
  if (n !== undefined && (!Number.isSafeInteger(n) || n < 1)) {
    throw new RangeError(`Invalid iteration count: ${n}`);
  }
  iterationsOverride = n;
}

/**
 * Iterations for keys wrapped from now on. Unlocking always uses the count stored with the
 * wrapped key, so raising this later only needs a re-wrap on the next unlock.
 */
export function kdfIterationsForNewKeys(productionDefault = DEFAULT_PBKDF2_ITERATIONS): number {
  return iterationsOverride ?? productionDefault;
}

export function newKdfParams(iterations = kdfIterationsForNewKeys()): KdfParams {
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError(`Invalid iteration count: ${iterations}`);
  }
  return { algorithm: 'PBKDF2-SHA256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/**
 * Children type the same sentence in many ways: caps lock, double spaces, a tablet keyboard's
 * trailing space, composed vs decomposed "å". All of those must derive the same key.
 */
export function normalizeSecret(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase() // locale-independent, unlike toLocaleLowerCase (Turkish dotless i)
    .normalize('NFKC') // lower-casing can produce decomposed sequences (e.g. from "İ")
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Stored params are read back from disk or a bundle: trust nothing about their shape. */
function checkParams(stored: KdfParams): { iterations: number; salt: Uint8Array<ArrayBuffer> } {
  const params: { algorithm?: unknown; iterations?: unknown; salt?: unknown } = stored;
  const { iterations, salt } = params;
  let saltBytes: Uint8Array<ArrayBuffer> | undefined;
  try {
    saltBytes = typeof salt === 'string' ? fromBase64(salt) : undefined;
  } catch {
    saltBytes = undefined;
  }
  if (
    params.algorithm !== 'PBKDF2-SHA256' ||
    typeof iterations !== 'number' ||
    !Number.isSafeInteger(iterations) ||
    iterations < 1 ||
    iterations > MAX_ITERATIONS ||
    saltBytes === undefined ||
    saltBytes.length < SALT_BYTES
  ) {
    throw new DamagedRecordError('Key derivation parameters are invalid');
  }
  return { iterations, salt: saltBytes };
}

/** A non-extractable AES-GCM-256 key-encryption key derived from the normalized secret. */
export async function deriveKek(secret: string, params: KdfParams): Promise<CryptoKey> {
  const { iterations, salt } = checkParams(params);
  const password = utf8Encode(normalizeSecret(secret));
  try {
    const base = await subtle().importKey('raw', password, 'PBKDF2', false, ['deriveKey']);
    return await subtle().deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    password.fill(0);
  }
}
