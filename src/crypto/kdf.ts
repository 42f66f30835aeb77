/**
 * Key derivation from something a person remembers (secret sentence, recovery code, PIN).
 *
 * The secret sentence is the one secret an adult holding the tablet can search offline, so it
 * gets Argon2id (memory-hard: a GPU gains far less over a phone than with PBKDF2), through
 * hash-wasm's WebAssembly build; the CSP allows `'wasm-unsafe-eval'` for that. PBKDF2-SHA256 stays
 * for the recovery code (128 random bits: stretching adds nothing), the in-memory PIN, and to
 * open sentences wrapped before Argon2id, which are re-wrapped at their next unlock.
 */
import { fromBase64, randomBytes, toBase64, utf8Encode } from './bytes';
import { DamagedRecordError } from './errors';
import { subtle } from './webcrypto';
import type { Argon2Reply, Argon2Request } from '@/workers/argon2.worker';

/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256 needs at least 600,000. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;

/** Stored params come from disk or an imported pack: refuse values that would hang the app. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;

export interface Pbkdf2Params {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 of 16 random bytes. */
  salt: string;
}

export interface Argon2idParams {
  algorithm: 'Argon2id';
  /** Memory cost in KiB (Argon2's m). */
  memoryKiB: number;
  /** Passes over the memory (Argon2's t). */
  iterations: number;
  /** Lanes (Argon2's p). The wasm build computes them one after another. */
  parallelism: number;
  /** base64 of 16 random bytes. */
  salt: string;
}

/** Stored beside each wrapped key, so a key wrapped under older parameters still opens. */
export type KdfParams = Pbkdf2Params | Argon2idParams;

export interface Argon2Cost {
  memoryKiB: number;
  iterations: number;
}

/**
 * OWASP Password Storage Cheat Sheet: Argon2id with m=46 MiB, t=1 (or m=19 MiB, t=2), p=1 at
 * least. 46 MiB with two passes measured 150–290 ms on this project's 2-core build machine
 * (Node and Chromium); a mid-range phone, 3–4 times slower, then takes about 0.5–1 s per unlock.
 */
export const DEFAULT_ARGON2_COST: Readonly<Argon2Cost> = Object.freeze({
  memoryKiB: 46 * 1024,
  iterations: 2,
});
const ARGON2_PARALLELISM = 1;
const ARGON2_HASH_BYTES = 32;

/**
 * Bounds on stored Argon2id parameters. They come from disk or an imported pack: a huge memory
 * or pass count would freeze the tab (or crash it out of memory) instead of saying "damaged".
 * 256 MiB and 8 times the default's memory × passes stay within seconds on a phone.
 */
const ARGON2_MAX_MEMORY_KIB = 256 * 1024;
const ARGON2_MAX_ITERATIONS = 16;
const ARGON2_MAX_PARALLELISM = 4;
const ARGON2_MAX_WORK_KIB = 8 * DEFAULT_ARGON2_COST.memoryKiB * DEFAULT_ARGON2_COST.iterations;

let iterationsOverride: number | undefined;
let argon2Override: Argon2Cost | undefined;

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

/** Tests only: a real Argon2id derivation per unlock would make the suite take minutes. */
export function setArgon2CostForTests(cost: Argon2Cost | undefined): void {
  if (cost !== undefined) checkArgon2Cost(cost.memoryKiB, cost.iterations, ARGON2_PARALLELISM);
  argon2Override = cost === undefined ? undefined : { ...cost };
}

/** The Argon2id cost for sentences wrapped from now on. */
export function argon2CostForNewKeys(): Argon2Cost {
  return { ...(argon2Override ?? DEFAULT_ARGON2_COST) };
}

function checkArgon2Cost(memoryKiB: number, iterations: number, parallelism: number): void {
  const whole = (n: number, min: number, max: number) =>
    Number.isSafeInteger(n) && n >= min && n <= max;
  if (
    !whole(parallelism, 1, ARGON2_MAX_PARALLELISM) ||
    !whole(iterations, 1, ARGON2_MAX_ITERATIONS) ||
    // Argon2 itself needs at least 8 KiB per lane.
    !whole(memoryKiB, 8 * parallelism, ARGON2_MAX_MEMORY_KIB) ||
    memoryKiB * iterations > ARGON2_MAX_WORK_KIB
  ) {
    throw new RangeError(`Invalid Argon2id cost: m=${memoryKiB} KiB, t=${iterations}`);
  }
}

/** Parameters for wrapping a secret sentence: Argon2id at the current cost, fresh salt. */
export function newSentenceKdfParams(cost = argon2CostForNewKeys()): Argon2idParams {
  checkArgon2Cost(cost.memoryKiB, cost.iterations, ARGON2_PARALLELISM);
  return {
    algorithm: 'Argon2id',
    memoryKiB: cost.memoryKiB,
    iterations: cost.iterations,
    parallelism: ARGON2_PARALLELISM,
    salt: toBase64(randomBytes(SALT_BYTES)),
  };
}

/**
 * Whether a sentence wrapped with these parameters should be re-wrapped at the next unlock:
 * it predates Argon2id, or costs less than keys wrapped now.
 */
export function isBelowCurrentCost(params: KdfParams): boolean {
  if (params.algorithm !== 'Argon2id') return true;
  const current = argon2CostForNewKeys();
  return params.memoryKiB < current.memoryKiB || params.iterations < current.iterations;
}

/** PBKDF2 parameters: for the recovery code and the PIN (the sentence uses Argon2id). */
export function newKdfParams(iterations = kdfIterationsForNewKeys()): Pbkdf2Params {
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

function decodeSalt(salt: unknown): Uint8Array<ArrayBuffer> | undefined {
  try {
    const bytes = typeof salt === 'string' ? fromBase64(salt) : undefined;
    return bytes !== undefined && bytes.length >= SALT_BYTES ? bytes : undefined;
  } catch {
    return undefined;
  }
}

type CheckedParams =
  | { algorithm: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array<ArrayBuffer> }
  | {
      algorithm: 'Argon2id';
      memoryKiB: number;
      iterations: number;
      parallelism: number;
      salt: Uint8Array<ArrayBuffer>;
    };

/** Stored params are read back from disk or a pack: trust nothing about their shape. */
function checkParams(stored: KdfParams): CheckedParams {
  const damaged = () => new DamagedRecordError('Key derivation parameters are invalid');
  const unknownParams: unknown = stored;
  if (typeof unknownParams !== 'object' || unknownParams === null) throw damaged();
  const params = unknownParams as Record<string, unknown>;
  const { algorithm, iterations, memoryKiB, parallelism } = params;
  const salt = decodeSalt(params.salt);
  if (salt === undefined || typeof iterations !== 'number') throw damaged();
  if (algorithm === 'PBKDF2-SHA256') {
    if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
      throw damaged();
    }
    return { algorithm, iterations, salt };
  }
  if (
    algorithm === 'Argon2id' &&
    typeof memoryKiB === 'number' &&
    typeof parallelism === 'number'
  ) {
    try {
      checkArgon2Cost(memoryKiB, iterations, parallelism);
    } catch {
      throw damaged();
    }
    return { algorithm, memoryKiB, iterations, parallelism, salt };
  }
  throw damaged();
}

type Argon2Checked = Extract<CheckedParams, { algorithm: 'Argon2id' }>;

async function argon2idInline(password: Uint8Array, params: Argon2Checked): Promise<Uint8Array> {
  // Loaded on first use: the wasm is only needed once a sentence is typed.
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password,
    salt: params.salt,
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: ARGON2_HASH_BYTES,
    outputType: 'binary',
  });
}

function startArgon2Worker(): Worker {
  return new Worker(new URL('../workers/argon2.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * A worker started ahead of the derivation that will use it: starting one and compiling its wasm
 * takes tens of milliseconds that a child waiting for her book should not wait. One at most; it
 * is still ended after its derivation, which drops the wasm's 46 MiB.
 */
let spareWorker: Worker | undefined;

/**
 * Starts the Argon2id worker while the lock screen asks for the sentence, so the unlock only
 * waits for the derivation itself. Does nothing where there are no workers, or one is ready.
 */
export function prepareSentenceKdf(): void {
  if (typeof Worker === 'undefined' || spareWorker) return;
  try {
    spareWorker = startArgon2Worker();
    const warm: Argon2Request = { warmUp: true };
    spareWorker.postMessage(warm);
  } catch {
    // No worker here: the derivation will start its own, or run inline.
    spareWorker = undefined;
  }
}

/**
 * In a browser, Argon2id runs in a worker of its own so the page keeps answering while the book
 * unlocks (see workers/argon2.worker.ts). Where there are no workers (unit tests) or one cannot
 * start, it runs here.
 */
async function argon2idInWorker(password: Uint8Array, params: Argon2Checked): Promise<Uint8Array> {
  const worker = spareWorker ?? startArgon2Worker();
  spareWorker = undefined;
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Argon2Reply>) => {
        if (e.data.ok) resolve(e.data.bytes);
        else reject(new Error(`Argon2id failed: ${e.data.error}`));
      };
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error(`The Argon2id worker failed: ${e.message}`));
      };
      const request: Argon2Request = {
        password: password.slice(),
        salt: params.salt,
        memoryKiB: params.memoryKiB,
        iterations: params.iterations,
        parallelism: params.parallelism,
        hashLength: ARGON2_HASH_BYTES,
      };
      worker.postMessage(request, [request.password.buffer]);
    });
  } finally {
    worker.terminate();
  }
}

async function argon2idBytes(password: Uint8Array, params: Argon2Checked): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return argon2idInline(password, params);
  try {
    return await argon2idInWorker(password, params);
  } catch {
    // A worker that cannot start or load its wasm: the same derivation here still opens the book.
    return argon2idInline(password, params);
  }
}

/** A non-extractable AES-GCM-256 key-encryption key derived from the normalized secret. */
export async function deriveKek(secret: string, params: KdfParams): Promise<CryptoKey> {
  const checked = checkParams(params);
  const password = utf8Encode(normalizeSecret(secret));
  try {
    if (checked.algorithm === 'Argon2id') {
      const out = await argon2idBytes(password, checked);
      const bytes = new Uint8Array(out); // WebCrypto's typing wants an ArrayBuffer-backed copy
      out.fill(0);
      try {
        return await subtle().importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
      } finally {
        bytes.fill(0);
      }
    }
    const base = await subtle().importKey('raw', password, 'PBKDF2', false, ['deriveKey']);
    return await subtle().deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt: checked.salt, iterations: checked.iterations },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
  } finally {
    password.fill(0);
  }
}
