import * as crypto from './index';

describe('public API', () => {
  it('exports the names other layers rely on', () => {
    const functions = [
      'utf8Encode',
      'utf8Decode',
      'toBase64',
      'fromBase64',
      'toHex',
      'randomBytes',
      'concatBytes',
      'joinBytes',
      'newKdfParams',
      'newSentenceKdfParams',
      'setKdfIterationsForTests',
      'setArgon2CostForTests',
      'kdfIterationsForNewKeys',
      'argon2CostForNewKeys',
      'isBelowCurrentCost',
      'normalizeSecret',
      'deriveKek',
      'seal',
      'open',
      'sealJson',
      'openJson',
      'sealBlob',
      'openToBlob',
      'createDataKey',
      'importDataKey',
      'wrapRawKey',
      'unwrapRawKey',
      'createKeyring',
      'unlockWithSentence',
      'unlockWithRecoveryCode',
      'rewrapSentence',
      'rewrapRecovery',
      'sentenceNeedsRewrap',
      'generateRecoveryCode',
      'normalizeRecoveryCode',
      'isValidRecoveryCode',
      'proposeWords',
      'findWord',
      'estimateStrength',
      'isValidPin',
      'delayAfterFailures',
      'sha256Hex',
      'WrongSecretError',
      'DamagedRecordError',
      'PinLockedOutError',
      'PinUnlocker',
    ] as const;
    for (const name of functions) expect(typeof crypto[name], name).toBe('function');
    expect(crypto.DEFAULT_PBKDF2_ITERATIONS).toBe(600_000);
    expect(crypto.SECRET_WORDS.length).toBeGreaterThanOrEqual(256);
  });
});
