import { toBase64, toHex, utf8Decode, utf8Encode } from './bytes';
import { DamagedRecordError, WrongSecretError } from './errors';
import { wrapRawKey } from './data-key';
import {
  DEFAULT_ARGON2_COST,
  deriveKek,
  newKdfParams,
  setArgon2CostForTests,
  setKdfIterationsForTests,
} from './kdf';
import {
  RECOVERY_PBKDF2_ITERATIONS,
  createKeyring,
  rewrapRecovery,
  rewrapSentence,
  sentenceNeedsRewrap,
  unlockWithRecoveryCode,
  unlockWithSentence,
  type Keyring,
} from './keyring';
import { generateRecoveryCode } from './recovery-code';
import { open, seal } from './seal';

const SENTENCE = 'sol hest kage raket';

beforeEach(() => {
  setKdfIterationsForTests(1000);
});
afterEach(() => {
  setKdfIterationsForTests(1000);
  setArgon2CostForTests({ memoryKiB: 64, iterations: 1 });
});

/** What a real keyring goes through: IndexedDB or a pack's JSON. */
function stored(keyring: Keyring): Keyring {
  return JSON.parse(JSON.stringify(keyring)) as Keyring;
}

describe('createKeyring', () => {
  it('unlocks with the sentence, however it is typed, giving the same data key', async () => {
    const code = generateRecoveryCode();
    const { keyring, key, raw } = await createKeyring(SENTENCE, code);
    const record = await seal(key, utf8Encode('my first memory'), 'entry:1');
    const unlocked = await unlockWithSentence(stored(keyring), '  Sol HEST\tkage  raket ');
    expect(toHex(unlocked.raw)).toBe(toHex(raw));
    expect(unlocked.key.extractable).toBe(false);
    expect(utf8Decode(await open(unlocked.key, record, 'entry:1'))).toBe('my first memory');
  });

  it('stores nothing secret in clear', async () => {
    const code = generateRecoveryCode();
    const { keyring, raw } = await createKeyring(SENTENCE, code);
    const json = JSON.stringify(keyring);
    for (const secret of [
      'hest',
      'raket',
      code,
      code.replace(/-/g, ''),
      toBase64(raw),
      toHex(raw),
    ]) {
      expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    expect(keyring.version).toBe(1);
    expect(keyring.sentence.kdf.salt).not.toBe(keyring.recovery.kdf.salt);
  });

  it('uses Argon2id at the full cost for the sentence and PBKDF2 100,000 for the recovery code in production', async () => {
    setKdfIterationsForTests(undefined);
    setArgon2CostForTests(undefined);
    const { keyring } = await createKeyring(SENTENCE, generateRecoveryCode());
    expect(keyring.sentence.kdf).toMatchObject({
      algorithm: 'Argon2id',
      memoryKiB: DEFAULT_ARGON2_COST.memoryKiB,
      iterations: DEFAULT_ARGON2_COST.iterations,
      parallelism: 1,
    });
    expect(sentenceNeedsRewrap(keyring)).toBe(false);
    expect(keyring.recovery.kdf).toMatchObject({
      algorithm: 'PBKDF2-SHA256',
      iterations: RECOVERY_PBKDF2_ITERATIONS,
    });
    expect(RECOVERY_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(100_000);
  });

  it('refuses an empty sentence or an invalid recovery code', async () => {
    await expect(createKeyring('   ', generateRecoveryCode())).rejects.toBeInstanceOf(RangeError);
    await expect(createKeyring(SENTENCE, 'ABCD-EFGH')).rejects.toBeInstanceOf(RangeError);
  });
});

describe('unlocking', () => {
  let keyring: Keyring;
  let code: string;
  let raw: Uint8Array;

  beforeEach(async () => {
    code = generateRecoveryCode();
    ({ keyring, raw } = await createKeyring(SENTENCE, code));
  });

  it('throws WrongSecretError for a wrong sentence', async () => {
    await expect(unlockWithSentence(keyring, 'sol hest kage')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await expect(unlockWithSentence(keyring, 'hest sol kage raket')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
  });

  it('does not accept the recovery code as the sentence, or the sentence as the code', async () => {
    await expect(unlockWithSentence(keyring, code)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unlockWithRecoveryCode(keyring, SENTENCE)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
  });

  it('unlocks with the recovery code, typed in lower case without dashes', async () => {
    const typed = code.toLowerCase().replace(/-/g, ' ');
    const unlocked = await unlockWithRecoveryCode(stored(keyring), typed);
    expect(toHex(unlocked.raw)).toBe(toHex(raw));
  });

  it('throws WrongSecretError for another valid recovery code and for a typo', async () => {
    await expect(unlockWithRecoveryCode(keyring, generateRecoveryCode())).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    const typo = (code.startsWith('Z') ? 'Y' : 'Z') + code.slice(1);
    await expect(unlockWithRecoveryCode(keyring, typo)).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('reports an unknown keyring version as damage', async () => {
    const future = { ...keyring, version: 2 } as unknown as Keyring;
    await expect(unlockWithSentence(future, SENTENCE)).rejects.toBeInstanceOf(DamagedRecordError);
  });
});

describe('a keyring wrapped before Argon2id', () => {
  /** The sentence slot exactly as the PBKDF2-only build wrote it. */
  async function legacyKeyring(code: string) {
    const { keyring, key, raw } = await createKeyring(SENTENCE, code);
    const kdf = newKdfParams(1000);
    const legacy: Keyring = {
      ...keyring,
      sentence: { kdf, wrapped: await wrapRawKey(raw, await deriveKek(SENTENCE, kdf)) },
    };
    return { keyring: stored(legacy), key, raw };
  }

  it('opens with the sentence, needs a re-wrap, and after it opens with Argon2id', async () => {
    const code = generateRecoveryCode();
    const { keyring, key, raw } = await legacyKeyring(code);
    const record = await seal(key, utf8Encode('written before the change'), 'entry:9');
    expect(keyring.sentence.kdf.algorithm).toBe('PBKDF2-SHA256');
    expect(sentenceNeedsRewrap(keyring)).toBe(true);

    const unlocked = await unlockWithSentence(keyring, SENTENCE);
    expect(toHex(unlocked.raw)).toBe(toHex(raw));
    const upgraded = stored(await rewrapSentence(keyring, unlocked.raw, SENTENCE));
    expect(upgraded.sentence.kdf.algorithm).toBe('Argon2id');
    expect(sentenceNeedsRewrap(upgraded)).toBe(false);
    expect(upgraded.recovery).toEqual(keyring.recovery);

    const again = await unlockWithSentence(upgraded, ' SOL hest kage raket');
    expect(utf8Decode(await open(again.key, record, 'entry:9'))).toBe('written before the change');
    expect(toHex((await unlockWithRecoveryCode(upgraded, code)).raw)).toBe(toHex(raw));
  });

  it('asks for a re-wrap when the stored Argon2id cost is below the current one', async () => {
    const { keyring } = await createKeyring(SENTENCE, generateRecoveryCode());
    expect(sentenceNeedsRewrap(keyring)).toBe(false);
    setArgon2CostForTests({ memoryKiB: 128, iterations: 1 });
    expect(sentenceNeedsRewrap(keyring)).toBe(true);
  });
});

describe('rewrapping', () => {
  it('changes the sentence without touching the data key or the recovery slot', async () => {
    const code = generateRecoveryCode();
    const { keyring, key, raw } = await createKeyring(SENTENCE, code);
    const record = await seal(key, utf8Encode('sealed before the change'), 'entry:7');

    const changed = stored(await rewrapSentence(keyring, raw, 'ugle pizza tog måne'));
    expect(changed.sentence.kdf.salt).not.toBe(keyring.sentence.kdf.salt);
    expect(changed.recovery).toEqual(keyring.recovery);

    await expect(unlockWithSentence(changed, SENTENCE)).rejects.toBeInstanceOf(WrongSecretError);
    const unlocked = await unlockWithSentence(changed, 'Ugle Pizza Tog Måne');
    expect(toHex(unlocked.raw)).toBe(toHex(raw));
    expect(utf8Decode(await open(unlocked.key, record, 'entry:7'))).toBe(
      'sealed before the change',
    );
    expect(toHex((await unlockWithRecoveryCode(changed, code)).raw)).toBe(toHex(raw));
  });

  it('replaces the recovery code', async () => {
    const oldCode = generateRecoveryCode();
    const newCode = generateRecoveryCode();
    const { keyring, raw } = await createKeyring(SENTENCE, oldCode);
    const changed = await rewrapRecovery(keyring, raw, newCode);
    expect(changed.sentence).toEqual(keyring.sentence);
    await expect(unlockWithRecoveryCode(changed, oldCode)).rejects.toBeInstanceOf(WrongSecretError);
    expect(toHex((await unlockWithRecoveryCode(changed, newCode)).raw)).toBe(toHex(raw));
    expect(toHex((await unlockWithSentence(changed, SENTENCE)).raw)).toBe(toHex(raw));
  });

  it('refuses an empty new sentence or an invalid new code', async () => {
    const { keyring, raw } = await createKeyring(SENTENCE, generateRecoveryCode());
    await expect(rewrapSentence(keyring, raw, '')).rejects.toBeInstanceOf(RangeError);
    await expect(rewrapRecovery(keyring, raw, 'nope')).rejects.toBeInstanceOf(RangeError);
  });
});
