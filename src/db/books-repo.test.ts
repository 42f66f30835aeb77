import { PinLockedOutError, WrongSecretError } from '@/crypto';
import { PIN_MAX_ATTEMPTS } from '@/crypto';
import { generateRecoveryCode } from '@/crypto';
import { dumpStoreRows, simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE, makeBook, storeEntry, storePerson, storePhoto } from '@/testing/factories';

import {
  changeSentence,
  deleteBook,
  getBookSummary,
  listBooks,
  readBook,
  readDetails,
  replaceRecoveryCode,
  setPin,
  TooSoonError,
  unlockByPin,
  unlockByRecoveryCode,
  unlockBySentence,
  unlockWaitMs,
  updateCover,
  updateDetails,
} from './books-repo';
import { db } from './connection';
import { StorageError } from './errors';
import { listRecords } from './records-repo';
import { isUnlocked, lockBook } from './session';

withFreshDatabase();

async function expectStorageError(promise: Promise<unknown>, code: StorageError['code']) {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  expect((error as StorageError).code).toBe(code);
}

function ctBytes(ct: ArrayBuffer): number[] {
  return [...new Uint8Array(ct)];
}

describe('creating and listing books', () => {
  it('lists a new book with its cover, readable while locked', async () => {
    const book = await makeBook({ cover: { nickname: 'Alma', emoji: '🦉', colour: 'leaf' } });
    lockBook(book.id);

    const books = await listBooks();
    expect(books).toHaveLength(1);
    expect(books[0]?.id).toBe(book.id);
    expect(books[0]?.cover).toMatchObject({ nickname: 'Alma', emoji: '🦉', colour: 'leaf' });
    expect((await getBookSummary(book.id))?.cover.nickname).toBe('Alma');
  });

  it("reads an open book's cover and details together, and refuses once locked", async () => {
    const book = await makeBook({ details: { birthDate: { year: 2012, month: 3 } } });
    const read = await readBook(book.id);
    expect(read?.summary).toEqual(await getBookSummary(book.id));
    expect(read?.details).toEqual(await readDetails(book.id));
    expect(await readBook('no-such-book')).toBeUndefined();
    lockBook(book.id);
    await expectStorageError(readBook(book.id), 'book-locked');
  });

  it('reads the sealed details while unlocked and refuses once locked', async () => {
    const book = await makeBook({ details: { birthDate: { year: 2012, month: 3 } } });
    expect(isUnlocked(book.id)).toBe(true);
    const details = await readDetails(book.id);
    expect(details.birthDate).toEqual({ year: 2012, month: 3 });
    expect(details.autoLockMinutes).toBe(10);

    lockBook(book.id);
    expect(isUnlocked(book.id)).toBe(false);
    await expectStorageError(readDetails(book.id), 'book-locked');
    await expectStorageError(updateDetails(book.id, { autoLockMinutes: 5 }), 'book-locked');
  });

  it('says not-found for a book that does not exist', async () => {
    await expectStorageError(unlockBySentence('no-such-book', KNOWN_SENTENCE), 'not-found');
  });
});

describe('unlocking with the secret sentence', () => {
  it('opens with the right sentence, whatever its case and spacing', async () => {
    const book = await makeBook({
      details: { meNow: { likes: 'kites', goodAt: '', proudOf: '', dreams: '' } },
    });
    lockBook(book.id);

    await unlockBySentence(book.id, '  BLÅ   Tiger spiser KAGE ');
    expect(isUnlocked(book.id)).toBe(true);
    expect((await readDetails(book.id)).meNow.likes).toBe('kites');
  });

  it('refuses a wrong sentence and keeps the book locked', async () => {
    const book = await makeBook();
    lockBook(book.id);

    await expect(unlockBySentence(book.id, 'rød hest løber hurtigt')).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    expect(isUnlocked(book.id)).toBe(false);
    await expectStorageError(readDetails(book.id), 'book-locked');
  });

  it('makes the child wait after three wrong sentences, also across a reload', async () => {
    const book = await makeBook();
    lockBook(book.id);
    const start = 1_700_000_000_000;
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);

    for (let i = 0; i < 2; i += 1) {
      await expect(unlockBySentence(book.id, `wrong sentence number ${i}`)).rejects.toBeInstanceOf(
        WrongSecretError,
      );
      // The first mistakes are free: children mistype.
      expect(await unlockWaitMs(book.id)).toBe(0);
    }
    await expect(unlockBySentence(book.id, 'wrong sentence number 3')).rejects.toBeInstanceOf(
      WrongSecretError,
    );

    // A reload forgets every key and the connection, but the failure count is stored.
    await simulateReload();
    const tooSoon: unknown = await unlockBySentence(book.id, KNOWN_SENTENCE).catch(
      (e: unknown) => e,
    );
    expect(tooSoon).toBeInstanceOf(TooSoonError);
    expect((tooSoon as TooSoonError).waitMs).toBeGreaterThan(0);
    expect(isUnlocked(book.id)).toBe(false);

    // Once the wait is over the right sentence opens the book and clears the count.
    now.mockReturnValue(start + (tooSoon as TooSoonError).waitMs + 1);
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
    expect(await db().meta.get(`failures:${book.id}`)).toBeUndefined();
  });

  it('writes nothing on the way to an unlock when no failure is recorded', async () => {
    const book = await makeBook();
    lockBook(book.id);
    const deletes = vi.spyOn(db().meta, 'delete');
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
    expect(deletes).not.toHaveBeenCalled();
  });

  it('keeps the failure count when only the session is reset', async () => {
    const book = await makeBook();
    lockBook(book.id);
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    for (let i = 0; i < 3; i += 1) {
      await unlockBySentence(book.id, `not it ${i}`).catch(() => undefined);
    }
    lockBook(book.id);
    await expect(unlockBySentence(book.id, KNOWN_SENTENCE)).rejects.toBeInstanceOf(TooSoonError);
  });
});

describe('unlocking with the recovery code', () => {
  it('opens with the recovery code, also typed in lower case without dashes', async () => {
    const book = await makeBook();
    lockBook(book.id);

    await unlockByRecoveryCode(book.id, book.recoveryCode.toLowerCase().replaceAll('-', ' '));
    expect(isUnlocked(book.id)).toBe(true);
    await expect(readDetails(book.id)).resolves.toBeDefined();
  });

  it('refuses another valid code and a code with a typo', async () => {
    const book = await makeBook();
    lockBook(book.id);

    await expect(unlockByRecoveryCode(book.id, generateRecoveryCode())).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    const typo = book.recoveryCode.replace(/[0-9A-Z]/, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(unlockByRecoveryCode(book.id, typo)).rejects.toBeInstanceOf(WrongSecretError);
    expect(isUnlocked(book.id)).toBe(false);
  });
});

describe('changing secrets', () => {
  it('changes the sentence without re-encrypting anything', async () => {
    const book = await makeBook();
    const entry = await storeEntry(book.id);
    const before = await dumpStoreRows();
    const detailsBefore = await db().books.get(book.id);
    const entryBefore = await db().entries.get(entry.id);

    const newSentence = 'grøn ugle flyver hjem';
    await changeSentence(book.id, newSentence);

    const detailsAfter = await db().books.get(book.id);
    const entryAfter = await db().entries.get(entry.id);
    // The same data key is re-wrapped: sealed bytes stay exactly as they were.
    expect(ctBytes(entryAfter!.ct)).toEqual(ctBytes(entryBefore!.ct));
    expect([...entryAfter!.iv]).toEqual([...entryBefore!.iv]);
    expect(ctBytes(detailsAfter!.details.ct)).toEqual(ctBytes(detailsBefore!.details.ct));
    expect(detailsAfter!.keyring.recovery).toEqual(detailsBefore!.keyring.recovery);
    expect(detailsAfter!.keyring.sentence).not.toEqual(detailsBefore!.keyring.sentence);
    expect((await dumpStoreRows()).entries).toEqual(before.entries);

    lockBook(book.id);
    await expect(unlockBySentence(book.id, KNOWN_SENTENCE)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await unlockBySentence(book.id, newSentence);
    expect((await listRecords('entries', book.id)).items).toEqual([entry]);
    await expect(readDetails(book.id)).resolves.toBeDefined();

    // The recovery code still works after the sentence changed.
    lockBook(book.id);
    await unlockByRecoveryCode(book.id, book.recoveryCode);
    expect(isUnlocked(book.id)).toBe(true);
  });

  it('replaces the recovery code: the old one stops working', async () => {
    const book = await makeBook();
    const newCode = generateRecoveryCode();
    await replaceRecoveryCode(book.id, newCode);
    lockBook(book.id);

    await expect(unlockByRecoveryCode(book.id, book.recoveryCode)).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    await unlockByRecoveryCode(book.id, newCode);
    expect(isUnlocked(book.id)).toBe(true);
    // The sentence is untouched.
    lockBook(book.id);
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
  });

  it('needs the book open to change a secret', async () => {
    const book = await makeBook();
    lockBook(book.id);
    await expectStorageError(changeSentence(book.id, 'ny sætning med fire ord'), 'book-locked');
    await expectStorageError(replaceRecoveryCode(book.id, generateRecoveryCode()), 'book-locked');
    await expectStorageError(setPin(book.id, '1234'), 'book-locked');
  });
});

describe('the quick PIN', () => {
  it('unlocks again after a lock that keeps the PIN', async () => {
    const book = await makeBook();
    await setPin(book.id, '2468');
    lockBook(book.id, { keepPin: true });
    expect(isUnlocked(book.id)).toBe(false);

    await unlockByPin(book.id, '2468');
    expect(isUnlocked(book.id)).toBe(true);
    await expect(readDetails(book.id)).resolves.toBeDefined();
  });

  it('is forgotten by a full lock', async () => {
    const book = await makeBook();
    await setPin(book.id, '2468');
    lockBook(book.id);
    await expectStorageError(unlockByPin(book.id, '2468'), 'book-locked');
  });

  it('stops working after five wrong PINs, while the sentence still works', async () => {
    const book = await makeBook();
    await setPin(book.id, '2468');
    lockBook(book.id, { keepPin: true });

    for (let i = 1; i < PIN_MAX_ATTEMPTS; i += 1) {
      const error: unknown = await unlockByPin(book.id, '0000').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WrongSecretError);
      expect((error as WrongSecretError).attemptsLeft).toBe(PIN_MAX_ATTEMPTS - i);
    }
    await expect(unlockByPin(book.id, '0000')).rejects.toBeInstanceOf(PinLockedOutError);
    // Even the right PIN no longer opens the book.
    await expect(unlockByPin(book.id, '2468')).rejects.toThrow();
    expect(isUnlocked(book.id)).toBe(false);

    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
  });
});

describe('renaming', () => {
  it('changes the cover and keeps the keyring', async () => {
    const book = await makeBook({ cover: { nickname: 'Alma' } });
    const before = await db().books.get(book.id);

    await updateCover(book.id, { nickname: 'Alma Sofie', colour: 'rose' });

    const after = await db().books.get(book.id);
    expect(after?.cover).toMatchObject({ nickname: 'Alma Sofie', colour: 'rose', emoji: '🦊' });
    expect(after?.keyring).toEqual(before?.keyring);
    // The sealed details beside the cover survive the partial update.
    expect((await readDetails(book.id)).autoLockMinutes).toBe(10);
    lockBook(book.id);
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
  });
});

describe('deleting a book', () => {
  it('removes every row of the book in every table and leaves another book intact', async () => {
    const keep = await makeBook({ cover: { nickname: 'Bliver' } });
    const gone = await makeBook({ cover: { nickname: 'Slettes' } });
    for (const book of [keep, gone]) {
      await storeEntry(book.id);
      await storePerson(book.id);
      await storePhoto(book.id);
    }
    lockBook(gone.id);
    await unlockBySentence(gone.id, 'wrong wrong wrong wrong').catch(() => undefined);
    expect(await db().meta.get(`failures:${gone.id}`)).toBeDefined();
    await unlockBySentence(gone.id, KNOWN_SENTENCE);
    const keepBefore = JSON.stringify(rowsOf(await dumpStoreRows(), keep.id));

    await deleteBook(gone.id);

    const after = await dumpStoreRows();
    expect(JSON.stringify(after)).not.toContain(gone.id);
    expect(isUnlocked(gone.id)).toBe(false);
    expect(JSON.stringify(rowsOf(after, keep.id))).toBe(keepBefore);
    expect((await listBooks()).map((b) => b.cover.nickname)).toEqual(['Bliver']);
    expect((await listRecords('entries', keep.id)).items).toHaveLength(1);
    expect((await listRecords('people', keep.id)).items).toHaveLength(1);
    expect((await listRecords('photos', keep.id)).items).toHaveLength(1);
  });

  it('needs the book open', async () => {
    const book = await makeBook();
    lockBook(book.id);
    await expectStorageError(deleteBook(book.id), 'book-locked');
    expect(await listBooks()).toHaveLength(1);
  });
});

/** The rows of one book in every table of a dump. */
function rowsOf(dump: Awaited<ReturnType<typeof dumpStoreRows>>, bookId: string): unknown {
  return Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => [
      table,
      rows.filter((r) => JSON.stringify(r).includes(bookId)),
    ]),
  );
}
