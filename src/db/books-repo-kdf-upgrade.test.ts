/**
 * Books made before the sentence moved to Argon2id: their sentence slot is PBKDF2-SHA256, as the
 * earlier build wrote it. They must open, and the unlock that proves the sentence re-wraps it.
 */
import { wrapRawKey } from '@/crypto';
import { WrongSecretError } from '@/crypto';
import { deriveKek, newKdfParams } from '@/crypto';
import type { Keyring } from '@/crypto';
import { SCHEMA_VERSION } from './database';
import { simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE, entryWrite, makeBook, makeEntry } from '@/testing/factories';

import { unlockByRecoveryCode, unlockBySentence } from './books-repo';
import { db } from './connection';
import { listRecords, putRecords } from './records-repo';
import { isUnlocked, lockBook, rawKeyCopy } from './session';

withFreshDatabase();

/** The sentence slot exactly as the PBKDF2 build stored it (its params, salt and wrapping). */
async function legacySentenceSlot(raw: Uint8Array, sentence: string): Promise<Keyring['sentence']> {
  const kdf = newKdfParams(1000);
  return { kdf, wrapped: await wrapRawKey(raw, await deriveKek(sentence, kdf)) };
}

/** A book with one entry whose stored keyring is the legacy one; locked, after a reload. */
async function legacyBook(opts: { newerData?: boolean } = {}) {
  const book = await makeBook();
  const entry = makeEntry(book.id, { title: 'Første skoledag' });
  await putRecords('entries', book.id, [entryWrite(entry)]);
  const raw = rawKeyCopy(book.id);
  if (!raw) throw new Error('the new book should be unlocked');
  const sentence = await legacySentenceSlot(raw, KNOWN_SENTENCE);
  await simulateReload({
    before: async (stored) => {
      const row = (await stored.table('books').get(book.id)) as { keyring: Keyring };
      await stored.table('books').update(book.id, { keyring: { ...row.keyring, sentence } });
      if (opts.newerData)
        await stored.table('meta').put({ key: 'schema', value: SCHEMA_VERSION + 1 });
    },
  });
  return { book, entry, raw };
}

async function storedKeyring(bookId: string): Promise<Keyring> {
  const row = await db().books.get(bookId);
  if (!row) throw new Error('book missing');
  return row.keyring;
}

describe('a book whose sentence was wrapped with PBKDF2', () => {
  it('opens with the sentence and is re-wrapped with Argon2id at that unlock', async () => {
    const { book, entry } = await legacyBook();
    const before = await storedKeyring(book.id);
    expect(before.sentence.kdf.algorithm).toBe('PBKDF2-SHA256');

    await unlockBySentence(book.id, '  Blå TIGER spiser kage ');
    expect(isUnlocked(book.id)).toBe(true);
    const after = await storedKeyring(book.id);
    expect(after.sentence.kdf).toMatchObject({ algorithm: 'Argon2id', parallelism: 1 });
    expect(after.sentence.kdf.salt).not.toBe(before.sentence.kdf.salt);
    expect(after.recovery).toEqual(before.recovery);
    const entries = await listRecords('entries', book.id);
    expect(entries.items).toEqual([entry]);

    // The next start opens with the new wrapping, and so does the recovery code.
    await simulateReload();
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect((await storedKeyring(book.id)).sentence).toEqual(after.sentence);
    lockBook(book.id);
    await unlockByRecoveryCode(book.id, book.recoveryCode);
    expect((await listRecords('entries', book.id)).items).toHaveLength(1);
  });

  it('keeps the old wrapping when the sentence is wrong', async () => {
    const { book } = await legacyBook();
    const before = await storedKeyring(book.id);
    await expect(unlockBySentence(book.id, 'blå tiger spiser is')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    expect(isUnlocked(book.id)).toBe(false);
    expect(await storedKeyring(book.id)).toEqual(before);
  });

  it('still opens when the re-wrap cannot be written, and leaves the stored keyring whole', async () => {
    const { book } = await legacyBook({ newerData: true });
    const before = await storedKeyring(book.id);
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
    expect(await storedKeyring(book.id)).toEqual(before);
  });

  it('does not overwrite a sentence changed after the unlock read the keyring', async () => {
    const { book, raw } = await legacyBook();
    const replacement = await legacySentenceSlot(raw, 'ugle pizza tog måne raket');
    // Another tab changes the sentence while this unlock derives its keys. IndexedDB runs the
    // two transactions in the order they were made, so the unlock has read the old keyring.
    const unlocking = unlockBySentence(book.id, KNOWN_SENTENCE);
    const changing = db()
      .books.get(book.id)
      .then((row) =>
        db().books.update(book.id, { keyring: { ...row!.keyring, sentence: replacement } }),
      );
    await Promise.all([unlocking, changing]);
    expect(isUnlocked(book.id)).toBe(true);
    expect((await storedKeyring(book.id)).sentence).toEqual(replacement);
    lockBook(book.id);
    await unlockBySentence(book.id, 'ugle pizza tog måne raket');
    expect((await storedKeyring(book.id)).sentence.kdf.algorithm).toBe('Argon2id');
  });
});
