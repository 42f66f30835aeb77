import { DamagedRecordError } from '@/crypto';

/** Errors the UI translates into clear messages. Each has a stable `code` used as an i18n key. */
export type StorageErrorCode =
  | 'storage-full'
  | 'newer-data'
  | 'book-locked'
  | 'not-found'
  | 'damaged'
  /** A newer build opened the database in another tab: reload before writing. */
  | 'replaced'
  /** An import would overwrite rows of another book: it never can, so trying again cannot help. */
  | 'foreign-ids'
  | 'write-failed';

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  constructor(code: StorageErrorCode, message?: string, options?: { cause?: unknown }) {
    super(message ?? code, options);
    this.name = 'StorageError';
    this.code = code;
  }
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

function isQuotaLike(e: unknown, depth = 0): boolean {
  if (depth > 5 || typeof e !== 'object' || e === null) return false;
  const err = e as ErrorLike;
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : '';
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return true;
  // Chromium reports a full disk while writing blobs as this message, not as a quota error.
  if (/Failed to write blobs/i.test(message)) return true;
  // Dexie wraps the cause of an aborted transaction in `inner`; bulk operations in `failures`.
  if (isQuotaLike(err.inner, depth + 1) || isQuotaLike(err.cause, depth + 1)) return true;
  if (Array.isArray(err.failures)) return err.failures.some((f) => isQuotaLike(f, depth + 1));
  return false;
}

let closedBecause: StorageErrorCode | undefined;

/**
 * Set by the connection when it closes the database under this tab (a newer build took it over):
 * a call that was already under way then fails with that reason rather than "try again".
 */
export function noteDatabaseClosed(code: StorageErrorCode | undefined): void {
  closedBecause = code;
}

function isClosedError(e: unknown): boolean {
  const name = typeof e === 'object' && e !== null ? (e as ErrorLike).name : undefined;
  // Dexie's name for it, and IndexedDB's own when a transaction starts on a closed connection.
  return name === 'DatabaseClosedError' || name === 'InvalidStateError';
}

/**
 * Maps whatever IndexedDB/Dexie threw to a StorageError. A full disk may arrive as a
 * QuotaExceededError, or wrapped in an AbortError of the transaction: both become 'storage-full'.
 */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (closedBecause && isClosedError(e))
    return new StorageError(closedBecause, undefined, { cause: e });
  if (isQuotaLike(e)) return new StorageError('storage-full', undefined, { cause: e });
  return new StorageError('write-failed', e instanceof Error ? e.message : String(e), { cause: e });
}

/**
 * True when stored bytes no longer open (damaged, not a passing failure): the UI says the item is
 * damaged instead of waiting for it, and shows everything else.
 */
export function isDamaged(e: unknown): boolean {
  return e instanceof DamagedRecordError || (e instanceof StorageError && e.code === 'damaged');
}
