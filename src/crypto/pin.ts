/**
 * Quick re-unlock while the app stays open. The PIN wraps a copy of the data key that lives only
 * in this object's memory: a cold start never sees it. A 4-digit PIN has only 10,000 values, so
 * the protection is the attempt limit, not the key derivation: after five wrong PINs the wrapped
 * copy is dropped and only the secret sentence or recovery code can open the book again.
 */
import { importDataKey, unwrapRawKey, wrapRawKey, type WrappedKey } from './data-key';
import { PinLockedOutError, WrongSecretError } from './errors';
import { deriveKek, kdfIterationsForNewKeys, newKdfParams, type KdfParams } from './kdf';

/** Lower than the sentence's: the attempt limit, not stretching, is what guards a PIN. */
export const PIN_PBKDF2_ITERATIONS = 100_000;
export const PIN_MAX_ATTEMPTS = 5;

/** ASCII digits only, so every keyboard layout and the on-screen keypad agree. */
export function isValidPin(pin: string): boolean {
  return /^[0-9]{4,8}$/.test(pin);
}

export class PinUnlocker {
  #kdf: KdfParams | null;
  #wrapped: WrappedKey | null;
  /** Counted when an attempt starts, so parallel attempts cannot slip past the limit. */
  #failures = 0;

  private constructor(kdf: KdfParams, wrapped: WrappedKey) {
    this.#kdf = kdf;
    this.#wrapped = wrapped;
  }

  static async create(raw: Uint8Array, pin: string): Promise<PinUnlocker> {
    if (!isValidPin(pin)) throw new RangeError('A PIN is 4 to 8 digits');
    const kdf = newKdfParams(kdfIterationsForNewKeys(PIN_PBKDF2_ITERATIONS));
    const wrapped = await wrapRawKey(raw, await deriveKek(pin, kdf));
    return new PinUnlocker(kdf, wrapped);
  }

  get isLockedOut(): boolean {
    return this.#wrapped === null;
  }

  get attemptsLeft(): number {
    return this.isLockedOut ? 0 : Math.max(0, PIN_MAX_ATTEMPTS - this.#failures);
  }

  async unlock(pin: string): Promise<{ key: CryptoKey; raw: Uint8Array }> {
    const kdf = this.#kdf;
    const wrapped = this.#wrapped;
    if (kdf === null || wrapped === null || this.#failures >= PIN_MAX_ATTEMPTS) {
      this.destroy();
      throw new PinLockedOutError();
    }
    // A malformed PIN cannot be the right one, so it reveals nothing and costs no attempt.
    if (!isValidPin(pin)) {
      throw new WrongSecretError('A PIN is 4 to 8 digits', { attemptsLeft: this.attemptsLeft });
    }
    this.#failures += 1;
    let raw: Uint8Array;
    try {
      raw = await unwrapRawKey(wrapped, await deriveKek(pin, kdf));
    } catch (error) {
      if (!(error instanceof WrongSecretError)) throw error;
      if (this.#failures >= PIN_MAX_ATTEMPTS) {
        this.destroy();
        throw new PinLockedOutError();
      }
      throw new WrongSecretError('Wrong PIN', { attemptsLeft: this.attemptsLeft, cause: error });
    }
    // The right PIN may race a lockout triggered by a parallel wrong one: the lockout wins.
    if (this.isLockedOut) {
      raw.fill(0);
      throw new PinLockedOutError();
    }
    this.#failures = 0;
    return { key: await importDataKey(raw), raw };
  }

  /** Forget the wrapped copy (on lock, sign-out, or lockout). Irreversible. */
  destroy(): void {
    this.#kdf = null;
    this.#wrapped = null;
  }
}
