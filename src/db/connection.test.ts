import { Dexie } from 'dexie';

import { generateRecoveryCode } from '@/crypto';
import type { Entry } from '@/domain';
import { dumpAllStores, simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import {
  entryWrite,
  KNOWN_SENTENCE,
  makeBook,
  makeCover,
  makeEntry,
  makePhoto,
  storeEntry,
} from '@/testing/factories';

import {
  changeSentence,
  createBook,
  deleteBook,
  listBooks,
  readDetails,
  replaceRecoveryCode,
  unlockBySentence,
  updateCover,
  updateDetails,
} from './books-repo';
import { db, getDbState, openDatabase } from './connection';
import { DB_NAME, SCHEMA_V1, SCHEMA_VERSION } from './database';
import { StorageError } from './errors';
import { addPhotos, deletePhotos } from './photos-repo';
import { deleteRecords, listRecords, putRecords } from './records-repo';
import { isUnlocked } from './session';

withFreshDatabase();

async function storageCode(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return error instanceof StorageError ? error.code : `not a StorageError: ${String(error)}`;
}

describe('a fresh database', () => {
  it('opens ready and records the schema version it was written with', async () => {
    expect(await openDatabase()).toBe('ready');
    expect(getDbState()).toBe('ready');
    expect((await db().meta.get('schema'))?.value).toBe(SCHEMA_VERSION);
  });
});

describe('data written by a newer version of the app', () => {
  async function bookThenNewerBuild() {
    const book = await makeBook({
      details: { meNow: { likes: 'tegning', goodAt: '', proudOf: '', dreams: '' } },
    });
    const entry = await storeEntry(book.id, { title: 'Skolestart' });
    const photo = await makePhoto(book.id);
    await addPhotos(book.id, [photo.item]);
    // A newer build ran on this device and marked the data as its own; then this build reloads.
    await simulateReload({
      before: async (raw) => {
        await raw.table('meta').put({ key: 'schema', value: SCHEMA_VERSION + 1 });
      },
    });
    return { book, entry, photoId: photo.item.photo.id };
  }

  it('opens read-only and refuses every write without changing anything', async () => {
    const { book, entry, photoId } = await bookThenNewerBuild();
    expect(await openDatabase()).toBe('newer-data');
    expect(getDbState()).toBe('newer-data');

    // Reading, and unlocking to read, still work.
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect(isUnlocked(book.id)).toBe(true);
    const before = await dumpAllStores();

    const writes: [string, () => Promise<unknown>][] = [
      [
        'createBook',
        () =>
          createBook({
            cover: makeCover({ nickname: 'Ny' }),
            sentence: KNOWN_SENTENCE,
            recoveryCode: generateRecoveryCode(),
          }),
      ],
      ['updateDetails', () => updateDetails(book.id, { autoLockMinutes: 2 })],
      ['updateCover', () => updateCover(book.id, { nickname: 'Omdøbt' })],
      [
        'putRecords',
        () => putRecords('entries', book.id, [entryWrite(makeEntry(book.id, { title: 'Ny' }))]),
      ],
      ['deleteRecords', () => deleteRecords('entries', book.id, [entry.id])],
      ['addPhotos', async () => addPhotos(book.id, [(await makePhoto(book.id)).item])],
      ['deletePhotos', () => deletePhotos(book.id, [photoId])],
      ['changeSentence', () => changeSentence(book.id, 'ny sætning med fire ord')],
      ['replaceRecoveryCode', () => replaceRecoveryCode(book.id, generateRecoveryCode())],
      ['deleteBook', () => deleteBook(book.id)],
    ];
    for (const [name, write] of writes) {
      expect({ name, code: await storageCode(write()) }).toEqual({ name, code: 'newer-data' });
    }

    expect(await dumpAllStores()).toBe(before);
    expect((await listBooks()).map((b) => b.id)).toEqual([book.id]);
    expect((await readDetails(book.id)).meNow.likes).toBe('tegning');
    expect((await listRecords<Entry>('entries', book.id)).items.map((e) => e.title)).toEqual([
      'Skolestart',
    ]);
    expect((await db().meta.get('schema'))?.value).toBe(SCHEMA_VERSION + 1);
  });
});

describe('upgrading data written with an older schema', () => {
  /*
   * The pattern every future schema version repeats: keep the previous schema as SCHEMA_V<n>,
   * write data through a raw Dexie instance that declares only that schema (as the older build
   * did), then open it through the app's own connection and check that nothing was lost and
   * everything still opens. Add one such test per version step.
   */
  function v1Database(): Dexie {
    const raw = new Dexie(DB_NAME);
    raw.version(1).stores(SCHEMA_V1);
    return raw;
  }

  it('keeps version 1 data readable when the app opens it', async () => {
    const book = await makeBook({
      cover: { nickname: 'Gammel' },
      details: { birthDate: { year: 2011 } },
    });
    const entries = [
      makeEntry(book.id, { title: 'Første hjem', kind: 'home', date: { year: 2011 } }),
      makeEntry(book.id, { title: 'Børnehave', kind: 'school', date: { year: 2014 } }),
    ];
    await putRecords('entries', book.id, entries.map(entryWrite));
    const written = await dumpAllStores();

    await simulateReload({
      writeWith: v1Database,
      // Builds before the meta row existed did not write one.
      before: async (raw) => {
        await raw.table('meta').delete('schema');
      },
    });

    expect(await openDatabase()).toBe('ready');
    expect((await db().meta.get('schema'))?.value).toBe(SCHEMA_VERSION);
    expect(await dumpAllStores()).toBe(written);
    expect((await listBooks()).map((b) => b.cover.nickname)).toEqual(['Gammel']);
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect((await readDetails(book.id)).birthDate).toEqual({ year: 2011 });
    expect((await listRecords<Entry>('entries', book.id)).items.map((e) => e.title)).toEqual([
      'Første hjem',
      'Børnehave',
    ]);
    // Writes work again after the upgrade.
    await updateDetails(book.id, { autoLockMinutes: 5 });
    expect((await readDetails(book.id)).autoLockMinutes).toBe(5);
  });
});

describe('a newer version opened in another tab', () => {
  it('steps aside so the other tab can upgrade, and says this tab must reload', async () => {
    const book = await makeBook();
    expect(getDbState()).toBe('ready');

    const newer = new Dexie(DB_NAME);
    newer.version(SCHEMA_VERSION + 1).stores(SCHEMA_V1);
    try {
      // Would hang if this tab did not close its connection on 'versionchange'.
      await newer.open();
      expect(getDbState()).toBe('replaced');
      const stored: unknown = await newer.table('books').get(book.id);
      // This tab can no longer write: the save fails, saying why, and the book is as it was.
      expect(await storageCode(updateDetails(book.id, { autoLockMinutes: 2 }))).toBe('replaced');
      expect(await storageCode(updateCover(book.id, { nickname: 'Ny' }))).toBe('replaced');
      // A read before a write (Mig nu saves its own fields so) says the same, not "failed".
      expect(await storageCode(readDetails(book.id))).toBe('replaced');
      expect(await newer.table('books').get(book.id)).toEqual(stored);
    } finally {
      newer.close();
    }
  });
});
