/** The crypto layer's public API: WebCrypto only, no React, no Dexie. */
export {
  utf8Encode,
  utf8Decode,
  toBase64,
  fromBase64,
  toHex,
  randomBytes,
  concatBytes,
  joinBytes,
} from './bytes';
export { WrongSecretError, DamagedRecordError, PinLockedOutError } from './errors';
export {
  DEFAULT_PBKDF2_ITERATIONS,
  DEFAULT_ARGON2_COST,
  type KdfParams,
  type Pbkdf2Params,
  type Argon2idParams,
  type Argon2Cost,
  newKdfParams,
  newSentenceKdfParams,
  setKdfIterationsForTests,
  setArgon2CostForTests,
  kdfIterationsForNewKeys,
  argon2CostForNewKeys,
  isBelowCurrentCost,
  normalizeSecret,
  deriveKek,
  prepareSentenceKdf,
} from './kdf';
export { type Sealed, seal, open, sealJson, openJson, sealBlob, openToBlob } from './seal';
export {
  type WrappedKey,
  createDataKey,
  importDataKey,
  wrapRawKey,
  unwrapRawKey,
} from './data-key';
export {
  type Keyring,
  type UnlockedKey,
  RECOVERY_PBKDF2_ITERATIONS,
  createKeyring,
  unlockWithSentence,
  unlockWithRecoveryCode,
  rewrapSentence,
  rewrapRecovery,
  sentenceNeedsRewrap,
} from './keyring';
export { generateRecoveryCode, normalizeRecoveryCode, isValidRecoveryCode } from './recovery-code';
export { type SecretWord, SECRET_WORDS, proposeWords, findWord } from './words';
export {
  type WordCategory,
  type WordCategoryId,
  WORD_CATEGORIES,
  wordCategory,
} from './word-categories';
export {
  type Strength,
  type StrengthLevel,
  type SentenceWeakness,
  type StrengthContext,
  PROPOSED_WORD_COUNT,
  STRENGTH_OK_BITS,
  STRENGTH_STRONG_BITS,
  estimateStrength,
} from './strength';
export { PIN_MAX_ATTEMPTS, PIN_PBKDF2_ITERATIONS, PinUnlocker, isValidPin } from './pin';
export { delayAfterFailures, MAX_DELAY_MS } from './backoff';
export { sha256Hex } from './hash';
export { subtle } from './webcrypto';
export { blobPieces, type PieceBuffer, type PieceOptions } from './blob-pieces';
