/**
 * Errors the UI tells apart: a wrong secret is the user's to retry, a damaged record is not
 * fixable by typing again, and a PIN lockout means "use the secret sentence instead".
 */

/** The sentence, recovery code, PIN or device key did not unwrap the data key. */
export class WrongSecretError extends Error {
  override readonly name = 'WrongSecretError';
  /** PIN only: wrong tries left before the PIN stops working. */
  readonly attemptsLeft?: number;

  constructor(
    message = 'The secret did not unlock the book',
    options?: { attemptsLeft?: number; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    if (options?.attemptsLeft !== undefined) this.attemptsLeft = options.attemptsLeft;
  }
}

/**
 * Stored bytes failed authentication or have the wrong shape: tampered, truncated, moved to
 * another slot, or sealed with another key.
 */
export class DamagedRecordError extends Error {
  override readonly name = 'DamagedRecordError';
  /** Set by the storage layer, which knows which record it was reading. */
  readonly recordId?: string;
  /** The additional authenticated data the record was opened with (e.g. `entry:<id>`). */
  readonly slot?: string;

  /** `options` may be just the record id: `new DamagedRecordError(message, id)`. */
  constructor(
    message = 'A stored record is damaged',
    options?: string | { recordId?: string; slot?: string; cause?: unknown },
  ) {
    const opts = typeof options === 'string' ? { recordId: options } : options;
    super(message, opts?.cause === undefined ? undefined : { cause: opts.cause });
    if (opts?.recordId !== undefined) this.recordId = opts.recordId;
    if (opts?.slot !== undefined) this.slot = opts.slot;
  }
}

/** Too many wrong PINs: the in-memory PIN copy is gone until the book is unlocked properly. */
export class PinLockedOutError extends Error {
  override readonly name = 'PinLockedOutError';

  constructor(message = 'Too many wrong PINs: use the secret sentence') {
    super(message);
  }
}
