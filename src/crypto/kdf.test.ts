import { fromBase64, toBase64, utf8Encode } from './bytes';
import { DamagedRecordError } from './errors';
import {
  DEFAULT_ARGON2_COST,
  DEFAULT_PBKDF2_ITERATIONS,
  argon2CostForNewKeys,
  deriveKek,
  isBelowCurrentCost,
  kdfIterationsForNewKeys,
  newKdfParams,
  newSentenceKdfParams,
  normalizeSecret,
  prepareSentenceKdf,
  setArgon2CostForTests,
  setKdfIterationsForTests,
  type Argon2idParams,
  type KdfParams,
} from './kdf';
import { open, seal } from './seal';
import { subtle } from './webcrypto';

const TEST_ARGON2 = { memoryKiB: 64, iterations: 1 };

afterEach(() => {
  setKdfIterationsForTests(1000);
  setArgon2CostForTests(TEST_ARGON2);
});

/** Two KEKs are the same key exactly when one opens what the other sealed. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const sealed = await seal(a, utf8Encode('probe'), 'probe');
  return open(b, sealed, 'probe').then(
    () => true,
    () => false,
  );
}

describe('Argon2id cost for the sentence', () => {
  it('defaults to OWASP’s minimum or more: m ≥ 46 MiB with t ≥ 1, or m ≥ 19 MiB with t ≥ 2', () => {
    setArgon2CostForTests(undefined);
    const { memoryKiB, iterations } = DEFAULT_ARGON2_COST;
    expect(
      (memoryKiB >= 47_104 && iterations >= 1) || (memoryKiB >= 19_456 && iterations >= 2),
    ).toBe(true);
    expect(argon2CostForNewKeys()).toEqual(DEFAULT_ARGON2_COST);
    expect(newSentenceKdfParams()).toMatchObject({
      algorithm: 'Argon2id',
      memoryKiB,
      iterations,
      parallelism: 1,
    });
  });

  it('can be lowered for tests only through the seam, and reset', () => {
    setArgon2CostForTests({ memoryKiB: 32, iterations: 1 });
    expect(newSentenceKdfParams()).toMatchObject({ memoryKiB: 32, iterations: 1 });
    setArgon2CostForTests(undefined);
    expect(newSentenceKdfParams().memoryKiB).toBe(DEFAULT_ARGON2_COST.memoryKiB);
  });

  it('refuses costs that are no Argon2 or would hang the app', () => {
    for (const cost of [
      { memoryKiB: 4, iterations: 1 },
      { memoryKiB: 64, iterations: 0 },
      { memoryKiB: 64, iterations: 1.5 },
      { memoryKiB: 1024 * 1024, iterations: 1 },
      { memoryKiB: 256 * 1024, iterations: 16 },
    ]) {
      expect(() => {
        setArgon2CostForTests(cost);
      }).toThrow(RangeError);
    }
  });

  it('calls PBKDF2 and cheaper Argon2id parameters out of date, the current ones not', () => {
    setArgon2CostForTests({ memoryKiB: 128, iterations: 2 });
    expect(isBelowCurrentCost(newKdfParams(1000))).toBe(true);
    expect(isBelowCurrentCost(newSentenceKdfParams({ memoryKiB: 64, iterations: 2 }))).toBe(true);
    expect(isBelowCurrentCost(newSentenceKdfParams({ memoryKiB: 128, iterations: 1 }))).toBe(true);
    expect(isBelowCurrentCost(newSentenceKdfParams())).toBe(false);
    expect(isBelowCurrentCost(newSentenceKdfParams({ memoryKiB: 256, iterations: 3 }))).toBe(false);
  });
});

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

describe('deriveKek with Argon2id', () => {
  let params: Argon2idParams;
  beforeEach(() => {
    params = newSentenceKdfParams({ memoryKiB: 64, iterations: 1 });
  });

  it('matches the reference implementation (libargon2) for the normalized sentence', async () => {
    // Computed with Debian's libargon2 1.0 (argon2id_hash_raw): t=2, m=64 KiB, p=1, 32 bytes,
    // password "sol hest kage båd fisk" (UTF-8), salt 00 01 … 0f.
    const expected = Uint8Array.from(
      '6d6e3784f4061103cbd6dc571937512ebe61483f867121aad4d57a61fc9e44c7'
        .match(/../g)
        ?.map((h) => parseInt(h, 16)) ?? [],
    );
    const salt = toBase64(Uint8Array.from({ length: 16 }, (_, i) => i));
    const kek = await deriveKek('  Sol HEST kage Ba\u030Ad fisk', {
      algorithm: 'Argon2id',
      memoryKiB: 64,
      iterations: 2,
      parallelism: 1,
      salt,
    });
    const reference = await subtle().importKey('raw', expected, 'AES-GCM', false, [
      'encrypt',
      'decrypt',
    ]);
    expect(kek.extractable).toBe(false);
    expect(await sameKey(kek, reference)).toBe(true);
  });

  it('derives another key from another sentence, salt, memory or pass count', async () => {
    const a = await deriveKek('sol hest kage', params);
    expect(await sameKey(a, await deriveKek('sol hest kage', params))).toBe(true);
    const others: [string, KdfParams][] = [
      ['sol hest kagE!', params],
      ['sol hest kage', { ...params, salt: newSentenceKdfParams().salt }],
      ['sol hest kage', { ...params, memoryKiB: 72 }],
      ['sol hest kage', { ...params, iterations: 2 }],
    ];
    for (const [sentence, p] of others) {
      expect(await sameKey(a, await deriveKek(sentence, p))).toBe(false);
    }
  });

  it('uses the cost stored in the params, not the current default', async () => {
    const stored = newSentenceKdfParams({ memoryKiB: 96, iterations: 1 });
    const a = await deriveKek('sol', stored);
    setArgon2CostForTests({ memoryKiB: 128, iterations: 2 });
    expect(await sameKey(a, await deriveKek('sol', stored))).toBe(true);
  });

  it('refuses stored parameters that are damaged or would hang the app, before deriving', async () => {
    const bad = [
      { ...params, memoryKiB: 1024 * 1024 * 1024 },
      { ...params, memoryKiB: 256 * 1024, iterations: 16 },
      { ...params, memoryKiB: 4 },
      { ...params, memoryKiB: '64' },
      { ...params, memoryKiB: undefined },
      { ...params, iterations: 0 },
      { ...params, iterations: 1e6 },
      { ...params, parallelism: 0 },
      { ...params, parallelism: 64 },
      { ...params, salt: 'AAAA' },
      { ...params, algorithm: 'Argon2d' },
      null,
    ] as unknown as KdfParams[];
    for (const p of bad) {
      await expect(deriveKek('sol', p)).rejects.toBeInstanceOf(DamagedRecordError);
    }
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
      { ...params, algorithm: 'MD5' } as unknown as KdfParams,
    ];
    for (const p of bad)
      await expect(deriveKek('sol', p)).rejects.toBeInstanceOf(DamagedRecordError);
  });
});

describe('prepareSentenceKdf', () => {
  /** A stand-in for the Argon2id worker: runs the derivation here and counts what it is asked. */
  class FakeArgon2Worker {
    static started: FakeArgon2Worker[] = [];
    onmessage: ((e: MessageEvent) => void) | null = null;
    onerror: ((e: ErrorEvent) => void) | null = null;
    messages: unknown[] = [];
    terminated = false;
    constructor() {
      FakeArgon2Worker.started.push(this);
    }
    postMessage(message: Record<string, unknown>): void {
      this.messages.push(message);
      if ('warmUp' in message) return;
      void import('hash-wasm').then(async ({ argon2id }) => {
        const bytes = await argon2id({
          password: message.password as Uint8Array,
          salt: message.salt as Uint8Array,
          parallelism: message.parallelism as number,
          iterations: message.iterations as number,
          memorySize: message.memoryKiB as number,
          hashLength: message.hashLength as number,
          outputType: 'binary',
        });
        this.onmessage?.({ data: { ok: true, bytes } } as MessageEvent);
      });
    }
    terminate(): void {
      this.terminated = true;
    }
  }

  afterEach(() => {
    vi.unstubAllGlobals();
    FakeArgon2Worker.started = [];
  });

  it('starts one worker ahead, which the next derivation uses and then ends', async () => {
    const params = newSentenceKdfParams();
    const inline = await deriveKek('sol hest kage båd', params);
    vi.stubGlobal('Worker', FakeArgon2Worker);

    prepareSentenceKdf();
    prepareSentenceKdf();
    expect(FakeArgon2Worker.started).toHaveLength(1);
    const spare = FakeArgon2Worker.started[0];
    expect(spare?.messages).toEqual([{ warmUp: true }]);

    const derived = await deriveKek('sol hest kage båd', params);
    expect(FakeArgon2Worker.started).toHaveLength(1);
    expect(spare?.messages).toHaveLength(2);
    expect(spare?.terminated).toBe(true);
    expect(await sameKey(derived, inline)).toBe(true);

    // Used once: the next derivation starts a worker of its own.
    await deriveKek('sol hest kage båd', params);
    expect(FakeArgon2Worker.started).toHaveLength(2);
  });
});
