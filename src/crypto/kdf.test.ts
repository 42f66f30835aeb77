import { fromBase64, utf8Encode } from './bytes';
import { DamagedRecordError } from './errors';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  deriveKek,
  kdfIterationsForNewKeys,
  newKdfParams,
  normalizeSecret,
  setKdfIterationsForTests,
  type KdfParams,
} from './kdf';
import { open, seal } from './seal';

afterEach(() => {
  setKdfIterationsForTests(undefined);
});

/** Two KEKs are the same key exactly when one opens what the other sealed. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const sealed = await seal(a, utf8Encode('probe'), 'probe');
  return open(b, sealed, 'probe').then(
    () => true,
    () => false,
  );
}

describe('iterations', () => {
  it('default to at least OWASP’s 600,000 for new keys', () => {
    setKdfIterationsForTests(undefined);
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(kdfIterationsForNewKeys()).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect(newKdfParams().iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
    expect(kdfIterationsForNewKeys(100_000)).toBe(100_000);
  });

  it('can be lowered for tests only through the override, and reset', () => {
    setKdfIterationsForTests(1000);
    expect(newKdfParams().iterations).toBe(1000);
    expect(kdfIterationsForNewKeys(100_000)).toBe(1000);
    setKdfIterationsForTests(undefined);
    expect(newKdfParams().iterations).toBe(DEFAULT_PBKDF2_ITERATIONS);
  });

  it('refuses nonsense counts', () => {
    expect(() => {
      setKdfIterationsForTests(0);
    }).toThrow(RangeError);
    expect(() => newKdfParams(-5)).toThrow(RangeError);
    expect(() => newKdfParams(2.5)).toThrow(RangeError);
  });
});

describe('newKdfParams', () => {
  it('draws a fresh 16-byte salt each time', () => {
    const a = newKdfParams(1000);
    const b = newKdfParams(1000);
    expect(a.algorithm).toBe('PBKDF2-SHA256');
    expect(fromBase64(a.salt)).toHaveLength(16);
    expect(a.salt).not.toBe(b.salt);
  });
});

describe('normalizeSecret', () => {
  it('ignores case, spacing, tabs and surrounding blanks', () => {
    expect(normalizeSecret('Sol  Hest\tKAGE ')).toBe('sol hest kage');
    expect(normalizeSecret('\n sol\u00a0\u00a0hest\r\nkage\u3000')).toBe('sol hest kage');
  });

  it('treats composed and decomposed letters, and full-width forms, alike', () => {
    expect(normalizeSecret('Ba\u030Angs\u00F8')).toBe(normalizeSecret('BÅNGSØ'));
    expect(normalizeSecret('ＨＥＳＴ')).toBe('hest');
  });

  it('keeps the words and their order', () => {
    expect(normalizeSecret('kat hund')).not.toBe(normalizeSecret('hund kat'));
  });
});

describe('deriveKek', () => {
  let params: KdfParams;
  beforeEach(() => {
    params = newKdfParams(1000);
  });

  it('gives a non-extractable AES-GCM-256 key for encrypt/decrypt', async () => {
    const kek = await deriveKek('sol hest kage', params);
    expect(kek.extractable).toBe(false);
    expect(kek.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...kek.usages].sort()).toEqual(['decrypt', 'encrypt']);
  });

  it('derives the same key from the same sentence typed differently', async () => {
    const a = await deriveKek('sol hest kage', params);
    const b = await deriveKek('  SOL hest\tKage', params);
    expect(await sameKey(a, b)).toBe(true);
  });

  it('derives another key from another sentence, salt or iteration count', async () => {
    const a = await deriveKek('sol hest kage', params);
    expect(await sameKey(a, await deriveKek('sol hest kagE!', params))).toBe(false);
    expect(
      await sameKey(
        a,
        await deriveKek('sol hest kage', { ...params, salt: newKdfParams(1000).salt }),
      ),
    ).toBe(false);
    expect(
      await sameKey(a, await deriveKek('sol hest kage', { ...params, iterations: 1001 })),
    ).toBe(false);
  });

  it('uses the iterations stored in the params, not the current default', async () => {
    const stored = newKdfParams(1500);
    setKdfIterationsForTests(1000);
    const a = await deriveKek('sol', stored);
    setKdfIterationsForTests(undefined);
    expect(await sameKey(a, await deriveKek('sol', stored))).toBe(true);
  });

  it('rejects damaged parameters instead of deriving something', async () => {
    const bad: KdfParams[] = [
      { ...params, iterations: 0 },
      { ...params, iterations: 1e12 },
      { ...params, salt: 'AAAA' },
      { ...params, salt: 'not base64!' },
      { ...params, algorithm: 'MD5' as KdfParams['algorithm'] },
    ];
    for (const p of bad)
      await expect(deriveKek('sol', p)).rejects.toBeInstanceOf(DamagedRecordError);
  });
});
