/**
 * What is stored beside a book: the data key wrapped twice, once by the secret sentence and once
 * by the recovery code. Plain JSON, nothing secret in clear.
 */
import {
  createDataKey,
  importDataKey,
  unwrapRawKey,
  wrapRawKey,
  type WrappedKey,
} from './data-key';
import { DamagedRecordError, WrongSecretError } from './errors';
import {
  deriveKek,
  isBelowCurrentCost,
  kdfIterationsForNewKeys,
  newKdfParams,
  newSentenceKdfParams,
  normalizeSecret,
  type KdfParams,
} from './kdf';
import { normalizeRecoveryCode } from './recovery-code';

/**
 * A recovery code carries 128 random bits: nobody can search that space, however cheap each
 * guess is, so key stretching adds nothing and it stays on PBKDF2-SHA256 (native, no wasm).
 * 100,000 iterations keep some margin against a code photographed in part, while unlocking with
 * it stays cheap.
 */
export const RECOVERY_PBKDF2_ITERATIONS = 100_000;

export interface Keyring {
  version: 1;
  sentence: { kdf: KdfParams; wrapped: WrappedKey };
  recovery: { kdf: KdfParams; wrapped: WrappedKey };
}

export interface UnlockedKey {
  key: CryptoKey;
  /** The raw data key, for re-wrapping (PIN, device key, new sentence). Zero it when done. */
  raw: Uint8Array;
}

function requireSentence(sentence: string): void {
  if (normalizeSecret(sentence) === '') throw new RangeError('The secret sentence is empty');
}

function requireRecoveryCode(code: string): string {
  const normalized = normalizeRecoveryCode(code);
  if (normalized === null) throw new RangeError('The recovery code is not valid');
  return normalized;
}

async function wrapFor(secret: string, raw: Uint8Array, kdf: KdfParams): Promise<Slot> {
  return { kdf, wrapped: await wrapRawKey(raw, await deriveKek(secret, kdf)) };
}

function recoveryParams(): KdfParams {
  return newKdfParams(kdfIterationsForNewKeys(RECOVERY_PBKDF2_ITERATIONS));
}

export async function createKeyring(
  sentence: string,
  recoveryCode: string,
): Promise<{ keyring: Keyring; key: CryptoKey; raw: Uint8Array }> {
  requireSentence(sentence);
  const code = requireRecoveryCode(recoveryCode);
  const { key, raw } = await createDataKey();
  const [sentenceSlot, recoverySlot] = await Promise.all([
    wrapFor(sentence, raw, newSentenceKdfParams()),
    wrapFor(code, raw, recoveryParams()),
  ]);
  return { keyring: { version: 1, sentence: sentenceSlot, recovery: recoverySlot }, key, raw };
}

type Slot = Keyring['sentence'];

function checkKeyring(keyring: Keyring): void {
  // A keyring may come from an imported pack: refuse unknown versions up front.
  const stored: unknown = keyring;
  if (
    typeof stored !== 'object' ||
    stored === null ||
    (stored as { version?: unknown }).version !== 1
  ) {
    throw new DamagedRecordError('Unknown keyring version');
  }
}

async function unlockSlot(slot: Slot, secret: string): Promise<UnlockedKey> {
  const stored: unknown = slot;
  if (typeof stored !== 'object' || stored === null)
    throw new DamagedRecordError('Keyring slot is missing');
  const raw = await unwrapRawKey(slot.wrapped, await deriveKek(secret, slot.kdf));
  return { key: await importDataKey(raw), raw };
}

export async function unlockWithSentence(keyring: Keyring, sentence: string): Promise<UnlockedKey> {
  checkKeyring(keyring);
  return unlockSlot(keyring.sentence, sentence);
}

export async function unlockWithRecoveryCode(keyring: Keyring, code: string): Promise<UnlockedKey> {
  checkKeyring(keyring);
  const normalized = normalizeRecoveryCode(code);
  // A failed check character is a typo: no need to spend a key derivation on it.
  if (normalized === null) throw new WrongSecretError('The recovery code has a typo');
  return unlockSlot(keyring.recovery, normalized);
}

/**
 * Changing the sentence re-wraps the same data key under a new salt: no record is re-encrypted.
 * `raw` must be this book's data key (from an unlock), or the two slots would disagree.
 */
export async function rewrapSentence(
  keyring: Keyring,
  raw: Uint8Array,
  newSentence: string,
): Promise<Keyring> {
  checkKeyring(keyring);
  requireSentence(newSentence);
  return { ...keyring, sentence: await wrapFor(newSentence, raw, newSentenceKdfParams()) };
}

/**
 * True when the sentence slot predates Argon2id (PBKDF2, as books made before it were wrapped)
 * or costs less than new keys: the unlock that just succeeded should re-wrap it.
 */
export function sentenceNeedsRewrap(keyring: Keyring): boolean {
  checkKeyring(keyring);
  return isBelowCurrentCost(keyring.sentence.kdf);
}

export async function rewrapRecovery(
  keyring: Keyring,
  raw: Uint8Array,
  newCode: string,
): Promise<Keyring> {
  checkKeyring(keyring);
  const code = requireRecoveryCode(newCode);
  return { ...keyring, recovery: await wrapFor(code, raw, recoveryParams()) };
}
