import { Dexie, type Table } from 'dexie';

import { generateRecoveryCode } from '@/crypto';
import type { Entry } from '@/domain';
import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import {
  entryWrite,
  KNOWN_SENTENCE,
  makeBook,
  makeCover,
  makeEntry,
  makePhoto,
  storeEntry,
} from '@/testing/factories';

import { createBook, readDetails, updateDetails } from './books-repo';
import { db } from './connection';
import type { RecordTable, SealedRow } from './database';
import { StorageError } from './errors';
import { addPhotos } from './photos-repo';
import { listRecords, putRecords } from './records-repo';

withFreshDatabase();

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** How Dexie reports a transaction that the browser aborted because the disk is full. */
function abortedByQuota(): Error {
  return Object.assign(new Error('Transaction aborted'), {
    name: 'AbortError',
    inner: quotaError(),
  });
}

function recordTable(name: RecordTable): Table<SealedRow, string> {
  return db().table<SealedRow, string>(name);
}

const FULL_DISK = [
  ['a QuotaExceededError', quotaError],
  ['an AbortError wrapping a QuotaExceededError', abortedByQuota],
] as const;

async function storageErrorOf(promise: Promise<unknown>): Promise<StorageError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe.each(FULL_DISK)('a full disk reported as %s', (_name, makeError) => {
  it('fails creating a book with storage-full and stores nothing', async () => {
    const existing = await makeBook();
    const before = await dumpAllStores();
    vi.spyOn(db().books, 'add').mockRejectedValue(makeError());

    const error = await storageErrorOf(
      createBook({
        cover: makeCover({ nickname: 'Ny' }),
        sentence: KNOWN_SENTENCE,
        recoveryCode: generateRecoveryCode(),
      }),
    );

    expect(error.code).toBe('storage-full');
    expect(await dumpAllStores()).toBe(before);
    await expect(readDetails(existing.id)).resolves.toBeDefined();
  });

  it('fails saving details with storage-full and keeps the old details', async () => {
    const book = await makeBook({
      details: { meNow: { likes: 'old', goodAt: '', proudOf: '', dreams: '' } },
    });
    const before = await dumpAllStores();
    vi.spyOn(db().books, 'update').mockRejectedValue(makeError());

    const error = await storageErrorOf(
      updateDetails(book.id, { meNow: { likes: 'new', goodAt: '', proudOf: '', dreams: '' } }),
    );

    expect(error.code).toBe('storage-full');
    expect(await dumpAllStores()).toBe(before);
    expect((await readDetails(book.id)).meNow.likes).toBe('old');
  });

  it('fails putting records with storage-full and writes none of them', async () => {
    const book = await makeBook();
    await storeEntry(book.id, { title: 'Kept' });
    const before = await dumpAllStores();
    // putRecords reaches its table by name: db().table('entries') is another instance than
    // db().entries, so that is the one to break.
    vi.spyOn(recordTable('entries'), 'bulkPut').mockRejectedValue(makeError());

    const error = await storageErrorOf(
      putRecords(
        'entries',
        book.id,
        [1, 2, 3].map((n) => entryWrite(makeEntry(book.id, { title: `New ${n}` }))),
      ),
    );

    expect(error.code).toBe('storage-full');
    expect(await dumpAllStores()).toBe(before);
  });

  it('fails adding photos with storage-full and leaves no half-stored photo', async () => {
    const book = await makeBook();
    const before = await dumpAllStores();
    // The photo row goes in first; the disk fills up while the bytes are written.
    vi.spyOn(db().blobs, 'bulkPut').mockRejectedValue(makeError());

    const error = await storageErrorOf(addPhotos(book.id, [(await makePhoto(book.id)).item]));

    expect(error.code).toBe('storage-full');
    expect(await dumpAllStores()).toBe(before);
  });
});

describe('all or nothing', () => {
  it('writes none of several records when the transaction aborts half-way', async () => {
    const book = await makeBook();
    await storeEntry(book.id, { title: 'Kept' });
    const before = await dumpAllStores();
    const table = recordTable('entries');
    const bulkPut = table.bulkPut.bind(table);
    let rowsSeenMidway = 0;
    // Two rows really reach the store, then the write fails inside the same transaction.
    vi.spyOn(table, 'bulkPut').mockImplementation((rows) =>
      // A Dexie promise, so the work stays inside the transaction's zone.
      Dexie.Promise.resolve().then(async () => {
        await bulkPut(rows.slice(0, 2));
        rowsSeenMidway = await table.count();
        throw new Error('The device stopped writing');
      }),
    );

    const error = await storageErrorOf(
      putRecords(
        'entries',
        book.id,
        [1, 2, 3, 4].map((n) => entryWrite(makeEntry(book.id, { title: `New ${n}` }))),
      ),
    );

    expect(error.code).toBe('write-failed');
    expect(rowsSeenMidway).toBe(3);
    expect(await dumpAllStores()).toBe(before);
    expect((await listRecords<Entry>('entries', book.id)).items.map((e) => e.title)).toEqual([
      'Kept',
    ]);
  });

  it('writes none of several records when IndexedDB itself rejects one of them', async () => {
    const book = await makeBook();
    const before = await dumpAllStores();
    const good = [1, 2, 3].map((n) => entryWrite(makeEntry(book.id, { title: `Good ${n}` })));
    // An id that is not a valid IndexedDB key: the store refuses that row with a DataError.
    const bad = entryWrite(makeEntry(book.id, { id: null as unknown as string }));

    const error = await storageErrorOf(
      putRecords('entries', book.id, [good[0]!, good[1]!, bad, good[2]!]),
    );

    expect(error.code).toBe('write-failed');
    expect(await dumpAllStores()).toBe(before);
  });
});
