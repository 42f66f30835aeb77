import {
  createKeyring,
  rewrapRecovery,
  rewrapSentence,
  sentenceNeedsRewrap,
  unlockWithRecoveryCode,
  unlockWithSentence,
  type Keyring,
} from '@/crypto';
import { WrongSecretError } from '@/crypto';
import { PinUnlocker } from '@/crypto';
import { delayAfterFailures } from '@/crypto';
import { newId, nowIso } from '@/domain';
import type { BookCover, BookDetails } from '@/domain';

import { db, writableDb } from './connection';
import type { BookRow, SealedValue } from './database';
import { StorageError, toStorageError } from './errors';
import { withWriteLock } from './locks';
import { orderIndexKey } from './order-index';
import { ACTIVITY_KEYS, touchBook } from './book-activity';
import { summaryOf, type BookSummary } from './book-covers';
import { clearBooksMarkerIfNone, setBooksMarker } from './presence';
import { openValue, sealValue } from './sealing';
import { bookKey, lockBook, rawKeyCopy, setPinUnlocker, setUnlocked, pinUnlocker } from './session';
import { requestPersistence } from './storage-status';

// The shelf's reads live apart (book-covers.ts) so the start page loads no cryptography.
export { getBookSummary, listBooks, type BookSummary } from './book-covers';

const DETAILS = 'details';

export const DEFAULT_DETAILS: BookDetails = {
  meNow: { likes: '', goodAt: '', proudOf: '', dreams: '' },
  autoLockMinutes: 10,
};

export function requireKey(bookId: string): CryptoKey {
  const key = bookKey(bookId);
  if (!key) throw new StorageError('book-locked');
  return key;
}

export interface NewBook {
  cover: BookCover;
  details?: Partial<BookDetails>;
  sentence: string;
  recoveryCode: string;
}

/** Creates a sealed book and leaves it unlocked in this session. */
export async function createBook(input: NewBook): Promise<string> {
  const id = newId();
  // All crypto happens before the transaction: WebCrypto inside one would commit it early.
  const { keyring, key, raw } = await createKeyring(input.sentence, input.recoveryCode);
  const details: BookDetails = { ...DEFAULT_DETAILS, ...input.details, lastChangeAt: nowIso() };
  const sealed = await sealValue(key, DETAILS, id, id, details);
  const row: BookRow = { id, cover: input.cover, keyring, details: sealed, createdAt: nowIso() };
  try {
    const d = await writableDb();
    await d.books.add(row);
  } catch (e) {
    raw.fill(0);
    throw toStorageError(e);
  }
  setUnlocked(id, key, raw);
  if (input.cover.sample !== true) setBooksMarker();
  void requestPersistence();
  return id;
}

async function bookRow(id: string): Promise<BookRow> {
  // A read-then-write (Mig nu saves its own fields this way) in a tab whose database a newer
  // build took must say so, as the write would, not "something went wrong".
  const row = await db()
    .books.get(id)
    .catch((e: unknown) => {
      throw toStorageError(e);
    });
  if (!row) throw new StorageError('not-found');
  return row;
}

export async function readDetails(bookId: string): Promise<BookDetails> {
  requireKey(bookId);
  return openDetails(bookId, await readSealedDetails(bookId));
}

/**
 * An open book's cover and details from one read of its row: what the timeline waits for before
 * its first screen, so one read less on the way there. Undefined when there is no such book.
 */
export async function readBook(
  bookId: string,
): Promise<{ summary: BookSummary; details: BookDetails } | undefined> {
  const row = await db().books.get(bookId);
  if (!row) return undefined;
  return { summary: summaryOf(row), details: await openDetails(bookId, row.details) };
}

/** The details as stored: ciphertext, readable while the book is locked (the unlock's warm-up). */
export async function readSealedDetails(bookId: string): Promise<SealedValue> {
  return (await bookRow(bookId)).details;
}

export async function openDetails(bookId: string, sealed: SealedValue): Promise<BookDetails> {
  const key = requireKey(bookId);
  const details = await openValue<BookDetails>(key, DETAILS, bookId, bookId, sealed);
  return { ...DEFAULT_DETAILS, ...details };
}

export async function updateDetails(bookId: string, patch: Partial<BookDetails>): Promise<void> {
  const key = requireKey(bookId);
  // Refused before anything is read: a tab that may not write says why, not "something failed".
  await writableDb();
  const current = await readDetails(bookId);
  const next: BookDetails = { ...current, ...patch, lastChangeAt: nowIso() };
  const sealed = await sealValue(key, DETAILS, bookId, bookId, next);
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.books, d.meta], async () => {
      await d.books.update(bookId, { details: sealed });
      await touchBook(d, bookId);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

export async function updateCover(bookId: string, patch: Partial<BookCover>): Promise<void> {
  requireKey(bookId);
  await writableDb();
  const row = await bookRow(bookId);
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.books, d.meta], async () => {
      await d.books.update(bookId, { cover: { ...row.cover, ...patch } });
      await touchBook(d, bookId);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

// ---- unlocking, with an increasing delay after wrong secrets -------------------------------

export class TooSoonError extends Error {
  constructor(readonly waitMs: number) {
    super('too soon');
    this.name = 'TooSoonError';
  }
}

interface Failures {
  count: number;
  at: number;
}

async function failures(bookId: string): Promise<Failures> {
  const row = await db().meta.get(`failures:${bookId}`);
  return (row?.value as Failures | undefined) ?? { count: 0, at: 0 };
}

/** Milliseconds until the next attempt is allowed (0 when it is allowed now). */
export async function unlockWaitMs(bookId: string, now = Date.now()): Promise<number> {
  return waitAfter(await failures(bookId), now);
}

function waitAfter(f: Failures, now = Date.now()): number {
  return Math.max(0, f.at + delayAfterFailures(f.count) - now);
}

async function attempt(
  bookId: string,
  tryUnlock: () => Promise<{ key: CryptoKey; raw: Uint8Array }>,
): Promise<void> {
  const before = await failures(bookId);
  const wait = waitAfter(before);
  if (wait > 0) throw new TooSoonError(wait);
  try {
    const { key, raw } = await tryUnlock();
    // No write on the way to the book when there was no failure to forget (issue 16).
    if (before.count > 0) {
      const d = await writableDb().catch(() => undefined);
      await d?.meta.delete(`failures:${bookId}`);
    }
    setUnlocked(bookId, key, raw);
  } catch (e) {
    if (e instanceof WrongSecretError) {
      const f = await failures(bookId);
      // The failure count is kept in the database so a reload does not reset the delay. Data
      // owned by a newer build is never written, so there the delay lasts only this session.
      const d = await writableDb().catch(() => undefined);
      await d?.meta.put({
        key: `failures:${bookId}`,
        value: { count: f.count + 1, at: Date.now() },
      });
    }
    throw e;
  }
}

export async function unlockBySentence(bookId: string, sentence: string): Promise<void> {
  const row = await bookRow(bookId);
  await attempt(bookId, async () => {
    const unlocked = await unlockWithSentence(row.keyring, sentence);
    await upgradeSentenceSlot(bookId, row.keyring, unlocked.raw, sentence);
    return unlocked;
  });
}

/**
 * A sentence wrapped before Argon2id (or at a lower cost) is re-wrapped at the unlock that proves
 * it: only then is the sentence at hand. The data key and every record stay as they are. If it
 * cannot be written now (a newer build's data, a full disk), the book still opens and the next
 * unlock tries again; a sentence changed meanwhile in another tab is never overwritten.
 */
async function upgradeSentenceSlot(
  bookId: string,
  keyring: Keyring,
  raw: Uint8Array,
  sentence: string,
): Promise<void> {
  if (!sentenceNeedsRewrap(keyring)) return;
  try {
    // Derive before the transaction opens: crypto inside one would let it commit early.
    const { sentence: upgraded } = await rewrapSentence(keyring, raw, sentence);
    const d = await writableDb();
    await d.transaction('rw', d.books, async () => {
      const current = await d.books.get(bookId);
      if (current?.keyring.sentence.wrapped.ct !== keyring.sentence.wrapped.ct) {
        return;
      }
      await d.books.update(bookId, { keyring: { ...current.keyring, sentence: upgraded } });
    });
  } catch {
    // The old wrapping still opens the book: keep it, and try again at the next unlock.
  }
}

export async function unlockByRecoveryCode(bookId: string, code: string): Promise<void> {
  const row = await bookRow(bookId);
  await attempt(bookId, () => unlockWithRecoveryCode(row.keyring, code));
}

/** PIN unlock works only while the app stays open; five wrong PINs forget it. */
export async function unlockByPin(bookId: string, pin: string): Promise<void> {
  const unlocker = pinUnlocker(bookId);
  if (!unlocker) throw new StorageError('book-locked');
  const { key, raw } = await unlocker.unlock(pin);
  setUnlocked(bookId, key, raw);
}

export async function setPin(bookId: string, pin: string): Promise<void> {
  const raw = rawKeyCopy(bookId);
  if (!raw) throw new StorageError('book-locked');
  try {
    setPinUnlocker(bookId, await PinUnlocker.create(raw, pin));
  } finally {
    raw.fill(0);
  }
}

/**
 * Stores the keyring that `rewrap` makes from the stored one and the unlocked key's bytes; those
 * bytes are zeroed afterwards, whatever happens.
 */
async function storeRewrapped(
  bookId: string,
  rewrap: (keyring: Keyring, raw: Uint8Array) => Promise<Keyring>,
): Promise<void> {
  const raw = rawKeyCopy(bookId);
  if (!raw) throw new StorageError('book-locked');
  try {
    const row = await bookRow(bookId);
    const keyring = await rewrap(row.keyring, raw);
    const d = await writableDb();
    await d.books.update(bookId, { keyring });
  } catch (e) {
    throw toStorageError(e);
  } finally {
    raw.fill(0);
  }
}

export async function changeSentence(bookId: string, sentence: string): Promise<void> {
  await storeRewrapped(bookId, (keyring, raw) => rewrapSentence(keyring, raw, sentence));
}

export async function replaceRecoveryCode(bookId: string, code: string): Promise<void> {
  await storeRewrapped(bookId, (keyring, raw) => rewrapRecovery(keyring, raw, code));
}

// ---- deleting -----------------------------------------------------------------------------

/** Deletes a book and everything in it, all or nothing. */
export async function deleteBook(bookId: string): Promise<void> {
  requireKey(bookId);
  const d = await writableDb();
  await withWriteLock(`book:${bookId}`, async () => {
    try {
      await d.transaction(
        'rw',
        [d.books, d.entries, d.people, d.photos, d.snapshots, d.blobs, d.devices, d.meta],
        async () => {
          await Promise.all([
            d.entries.where('bookId').equals(bookId).delete(),
            d.people.where('bookId').equals(bookId).delete(),
            d.photos.where('bookId').equals(bookId).delete(),
            d.snapshots.where('bookId').equals(bookId).delete(),
            d.blobs.where('bookId').equals(bookId).delete(),
            d.devices.delete(bookId),
            d.meta.bulkDelete([
              `failures:${bookId}`,
              orderIndexKey(bookId),
              ...ACTIVITY_KEYS(bookId),
            ]),
            d.books.delete(bookId),
          ]);
        },
      );
    } catch (e) {
      throw toStorageError(e);
    }
  });
  lockBook(bookId);
  // A deliberate delete of the last book is not storage gone missing: no notice about it later.
  await clearBooksMarkerIfNone(d).catch(() => undefined);
}
