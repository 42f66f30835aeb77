import { Dexie } from 'dexie';

import { entrySortKey } from '@/domain';
import { photoSortKey } from '@/domain';
import type { Entry, NetworkSnapshot, Person, Photo } from '@/domain';
import { dumpStoreRows, simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import {
  entryWrite,
  KNOWN_SENTENCE,
  makeBook,
  makeEntry,
  makePerson,
  makePhoto,
  personWrite,
  storeEntry,
} from '@/testing/factories';

import { unlockBySentence } from './books-repo';
import { db, getDbState, openDatabase } from './connection';
import { DB_NAME, RECORD_TABLES, SCHEMA_V1, SCHEMA_VERSION } from './database';
import { listEntries } from './entries-repo';
import { listSnapshots, saveSnapshot } from './people-repo';
import { addPhotos, listPhotos } from './photos-repo';
import { listRecords, putRecords } from './records-repo';

withFreshDatabase();

/*
 * Schema 1 → 2: version 1 kept each record's kind and a date-shaped sort key in clear beside the
 * ciphertext (and indexed them). Version 2 strips both; the sealed records already hold them.
 * The data is written the way a version 1 build stored it, then opened by this build.
 */
function v1Database(): Dexie {
  const raw = new Dexie(DB_NAME);
  raw.version(1).stores(SCHEMA_V1);
  return raw;
}

const BIRTH = { year: 2009, month: 11 };

async function version1Book() {
  const book = await makeBook({ details: { birthDate: BIRTH } });
  const home = makeEntry(book.id, {
    title: 'Hos Hanne',
    kind: 'home',
    date: undefined,
    period: { start: { year: 2014, month: 5 }, ongoing: true },
  });
  const age = makeEntry(book.id, { title: 'Da jeg var 3', kind: 'memory', date: { age: 3 } });
  const later = makeEntry(book.id, { title: 'Skolestart', kind: 'school', date: { year: 2016 } });
  const binned = makeEntry(book.id, { title: 'Væk', deletedAt: '2026-11-01T10:00:00.000Z' });
  const person: Person = makePerson(book.id, { name: 'Mormor', sector: 'family' });
  const photo = await makePhoto(book.id, { takenAt: { year: 2014, month: 5 } });
  const snapshot: NetworkSnapshot = {
    id: 'snapshot-1',
    bookId: book.id,
    takenAt: '2014-05-17T09:30:00.000Z',
    people: [{ personId: person.id, sector: 'family', closeness: 1 }],
  };
  await putRecords('entries', book.id, [later, home, age].map(entryWrite));
  await putRecords('entries', book.id, [{ ...entryWrite(binned), binned: true }]);
  await putRecords('people', book.id, [personWrite(person)]);
  await addPhotos(book.id, [photo.item]);
  await saveSnapshot(book.id, snapshot);
  const sealedBefore = await dumpStoreRows();

  // What version 1 kept in clear beside each ciphertext.
  const clearCopy = (table: string, value: unknown): { sortKey: string; kind: string } => {
    if (table === 'entries') {
      const e = value as Entry;
      return { sortKey: entrySortKey(e, BIRTH), kind: e.kind };
    }
    if (table === 'photos') return { sortKey: photoSortKey(value as Photo), kind: 'photo' };
    if (table === 'people') return { sortKey: person.id, kind: person.sector };
    return { sortKey: snapshot.id, kind: 'network' };
  };
  const values = new Map<string, unknown>([
    ...[later, home, age, binned].map((e) => [e.id, e] as const),
    [person.id, person],
    [photo.item.photo.id, photo.item.photo],
    [snapshot.id, snapshot],
  ]);

  await simulateReload({
    writeWith: v1Database,
    before: async (raw) => {
      for (const table of RECORD_TABLES) {
        await raw
          .table(table)
          .toCollection()
          .modify((row: { id: string }) => {
            Object.assign(row, clearCopy(table, values.get(row.id)));
          });
      }
      await raw.table('meta').put({ key: 'schema', value: 1 });
    },
  });
  return { book, home, age, later, binned, photo, snapshot, sealedBefore };
}

describe('upgrading schema 1 to 2', () => {
  it('strips the clear kinds and sort keys, keeps every ciphertext, and everything opens in order', async () => {
    const { book, home, age, later, binned, photo, snapshot, sealedBefore } = await version1Book();

    // The control: as version 1 stored it, the home's May 2014 start is readable.
    const planted = new Dexie(DB_NAME);
    planted.version(1).stores(SCHEMA_V1);
    const v1Home = (await planted.table('entries').get(home.id)) as Record<string, unknown>;
    planted.close();
    expect(v1Home).toMatchObject({ kind: 'home', sortKey: `0201405100${home.id}` });

    expect(await openDatabase()).toBe('ready');
    expect((await db().meta.get('schema'))?.value).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);
    expect(db().verno).toBe(2);

    const rows = await dumpStoreRows();
    for (const table of RECORD_TABLES) {
      for (const row of rows[table] ?? []) {
        expect(Object.keys(row as object).sort()).toEqual(['binned', 'bookId', 'ct', 'id', 'iv']);
      }
      // Every ciphertext, IV and bin flag exactly as before: only the clear copies went.
      expect(rows[table]).toEqual(sealedBefore[table]);
    }
    // The indexes on the clear copies are gone with them.
    const indexes = db()
      .tables.filter((t) => (RECORD_TABLES as readonly string[]).includes(t.name))
      .flatMap((t) => t.schema.indexes.map((i) => i.name));
    expect(indexes.some((name) => name.includes('sortKey') || name.includes('kind'))).toBe(false);

    await unlockBySentence(book.id, KNOWN_SENTENCE);
    expect((await listEntries(book.id)).items.map((e) => e.title)).toEqual([
      age.title, // age 3 with a birth in 2009: 2012
      home.title,
      later.title,
    ]);
    expect((await listRecords<Entry>('entries', book.id, { binned: true })).items).toEqual([
      binned,
    ]);
    expect((await listPhotos(book.id)).items).toEqual([photo.item.photo]);
    expect((await listSnapshots(book.id)).items).toEqual([snapshot]);
    expect((await listRecords<Person>('people', book.id)).items.map((p) => p.name)).toEqual([
      'Mormor',
    ]);
    // Writes work after the upgrade, and store no clear copies either.
    await storeEntry(book.id, { title: 'Ny' });
    expect((await listEntries(book.id)).items).toHaveLength(4);
    expect(getDbState()).toBe('ready');
  });

  it('still refuses to write data a newer build marked as its own', async () => {
    const book = await makeBook();
    await simulateReload({
      before: async (raw) => {
        await raw.table('meta').put({ key: 'schema', value: SCHEMA_VERSION + 1 });
      },
    });
    expect(await openDatabase()).toBe('newer-data');
    await unlockBySentence(book.id, KNOWN_SENTENCE);
    await expect(
      putRecords('entries', book.id, [entryWrite(makeEntry(book.id))]),
    ).rejects.toMatchObject({ code: 'newer-data' });
  });
});
