import { DamagedRecordError } from '@/crypto';
import type { Entry, NetworkSnapshot, Person } from '@/domain';
import { dumpAllStores, dumpStoreRows, utf8Hex, withFreshDatabase } from '@/testing/db-helpers';
import {
  entryWrite,
  KNOWN_SENTENCE,
  makeBook,
  makeEntry,
  makePerson,
  makePhoto,
  personWrite,
  storeEntry,
  storePerson,
} from '@/testing/factories';

import { listBooks, readDetails, unlockBySentence } from './books-repo';
import { db } from './connection';
import type { SealedRow } from './database';
import { saveSnapshot } from './people-repo';
import { addPhotos, readPhotoBlob } from './photos-repo';
import { getRecord, listRecords, putRecords } from './records-repo';
import { lockBook } from './session';

withFreshDatabase();

/** Flips one bit of the sealed bytes, the way a failing disk or a tampering tool might. */
function flipByte(ct: ArrayBuffer, at = 5): ArrayBuffer {
  const copy = new Uint8Array(ct.slice(0));
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy.buffer;
}

/** A parsed dump without its byte and blob contents. */
function withoutBytes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutBytes);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== '$bytes' && k !== '$blob')
      .map(([k, v]) => [k, withoutBytes(v)]),
  );
}

async function damageEntry(id: string): Promise<void> {
  const row = await db().entries.get(id);
  if (!row) throw new Error(`no entry ${id}`);
  await db().entries.put({ ...row, ct: flipByte(row.ct) });
}

describe('ciphertext at rest', () => {
  // Unique strings that must never appear in storage outside a ciphertext.
  const CANARY = {
    likes: 'canary-likes-Qw7rT2',
    dreams: 'canary-dreams-Zp4mN8 æøå',
    birth: 1987,
    title: 'canary-title-Hx5vB1',
    text: 'canary-text-Lk9cD3',
    place: 'canary-place-Secret Street 12',
    person: 'canary-person-Yf6sJ0',
    caption: 'canary-caption-Gt3wE5',
    photoMarker: 'canary-photo-bytes-Ux2qA7',
  };

  it('stores no text the child wrote in clear, in any store or index', async () => {
    const book = await makeBook({
      details: {
        birthDate: { year: CANARY.birth, month: 2 },
        meNow: { likes: CANARY.likes, goodAt: '', proudOf: '', dreams: CANARY.dreams },
      },
    });
    const entry = makeEntry(book.id, {
      kind: 'home',
      title: CANARY.title,
      text: CANARY.text,
      place: CANARY.place,
      protected: true,
    });
    const person = makePerson(book.id, { name: CANARY.person });
    await putRecords('entries', book.id, [entryWrite(entry)]);
    await putRecords('people', book.id, [personWrite(person)]);
    const photo = await makePhoto(book.id, { caption: CANARY.caption }, CANARY.photoMarker);
    await addPhotos(book.id, [photo.item]);

    // The records really are there and open with the key.
    expect((await listRecords<Entry>('entries', book.id)).items[0]?.title).toBe(CANARY.title);
    expect((await readDetails(book.id)).meNow.likes).toBe(CANARY.likes);

    const dump = await dumpAllStores();
    const lower = dump.toLowerCase();
    for (const canary of [
      CANARY.likes,
      CANARY.dreams,
      CANARY.title,
      CANARY.text,
      CANARY.place,
      CANARY.person,
      CANARY.caption,
      `${CANARY.photoMarker}-original`,
      `${CANARY.photoMarker}-thumb`,
    ]) {
      expect(dump).not.toContain(canary);
      expect(lower).not.toContain(utf8Hex(canary));
    }
    // The birth year appears nowhere outside the sealed bytes (hex digits could contain it).
    expect(JSON.stringify(withoutBytes(JSON.parse(dump)))).not.toContain(String(CANARY.birth));
    // The search itself works: the cover is readable while locked, by design.
    expect(dump).toContain(book.cover.nickname);
    // The original photo bytes are not stored as they are.
    expect(lower).not.toContain(utf8Hex(CANARY.photoMarker));
  });

  it('keeps no kind and no date in clear: a home from May 2014 is not readable while locked', async () => {
    const book = await makeBook({ details: { birthDate: { year: 2009, month: 11 } } });
    const entries = [
      makeEntry(book.id, {
        title: 'canary-index-home',
        kind: 'home',
        date: undefined,
        period: { start: { year: 2014, month: 5 }, end: { year: 2016, month: 8 } },
      }),
      makeEntry(book.id, { kind: 'school', date: { year: 2014, month: 5, day: 19 } }),
      makeEntry(book.id, { kind: 'leisure', date: { year: 2014, season: 'summer' } }),
      makeEntry(book.id, { kind: 'letter', date: { age: 5 } }),
    ];
    await putRecords('entries', book.id, entries.map(entryWrite));
    await storePerson(book.id, { sector: 'family' });
    await addPhotos(book.id, [
      (await makePhoto(book.id, { takenAt: { year: 2014, month: 5 } })).item,
    ]);
    const snapshot: NetworkSnapshot = {
      id: 'snapshot-canary',
      bookId: book.id,
      takenAt: '2014-05-17T09:30:00.000Z',
      people: [],
    };
    await saveSnapshot(book.id, snapshot);
    // The records open, and in their dated order: the order is worked out after opening.
    expect((await listRecords<Entry>('entries', book.id)).items.map((e) => e.kind)).toEqual([
      'home',
      'school',
      'leisure',
      'letter',
    ]);
    lockBook(book.id);

    const rows = await dumpStoreRows();
    for (const table of ['entries', 'people', 'photos', 'snapshots']) {
      expect(rows[table]?.length, table).toBeGreaterThan(0);
      for (const row of rows[table] ?? []) {
        expect(Object.keys(row as object).sort(), table).toEqual(
          ['binned', 'bookId', 'ct', 'id', 'iv'].sort(),
        );
      }
    }
    // Nothing outside the ciphertext (ids, flags, keyring, timestamps of this run) says 2014,
    // May, or any kind: neither a sort key (`0201405…`) nor a year or month field.
    const clear = JSON.stringify(withoutBytes(JSON.parse(await dumpAllStores())));
    for (const needle of ['201405', '2014', '"05"', ':5,', ':5}']) {
      expect(clear).not.toContain(needle);
    }
    for (const kind of ['home', 'school', 'leisure', 'letter', 'photo', 'network', 'person']) {
      expect(clear).not.toContain(`"${kind}"`);
    }
    expect(clear).not.toContain('"family"');
    // The control: the search sees what is stored in clear.
    expect(clear).toContain(book.cover.nickname);
  });
});

describe('damaged records', () => {
  it('lists the records that still open and names the damaged one', async () => {
    const book = await makeBook();
    const entries = [
      makeEntry(book.id, { title: 'First', date: { year: 2015 } }),
      makeEntry(book.id, { title: 'Second', date: { year: 2016 } }),
      makeEntry(book.id, { title: 'Third', date: { year: 2017 } }),
    ];
    await putRecords('entries', book.id, entries.map(entryWrite));
    const damaged = entries[1]!;

    await damageEntry(damaged.id);

    const list = await listRecords<Entry>('entries', book.id);
    expect(list.items.map((e) => e.title)).toEqual(['First', 'Third']);
    expect(list.damaged).toEqual([damaged.id]);
    expect(await getRecord('entries', book.id, damaged.id)).toBeUndefined();
    expect((await getRecord<Entry>('entries', book.id, entries[0]!.id))?.title).toBe('First');
  });

  it('reports damaged details as DamagedRecordError, and other books still open', async () => {
    const hurt = await makeBook({ cover: { nickname: 'Hurt' } });
    const fine = await makeBook({ cover: { nickname: 'Fine' } });
    const row = await db().books.get(hurt.id);
    await db().books.put({ ...row!, details: { ...row!.details, ct: flipByte(row!.details.ct) } });

    const error: unknown = await readDetails(hurt.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DamagedRecordError);
    expect((error as DamagedRecordError).recordId).toBe(hurt.id);

    await expect(readDetails(fine.id)).resolves.toBeDefined();
    lockBook(fine.id);
    await unlockBySentence(fine.id, KNOWN_SENTENCE);
    await expect(readDetails(fine.id)).resolves.toBeDefined();
    // The damaged book is still on the shelf, and its key still unlocks.
    expect((await listBooks()).map((b) => b.cover.nickname).sort()).toEqual(['Fine', 'Hurt']);
    lockBook(hurt.id);
    await unlockBySentence(hurt.id, KNOWN_SENTENCE);
  });

  it('does not open a sealed record copied under another id', async () => {
    const book = await makeBook();
    const entry = await storeEntry(book.id, { title: 'Original' });
    const row = await db().entries.get(entry.id);
    const moved: SealedRow = { ...row!, id: 'moved-id' };
    await db().entries.put(moved);

    expect(await getRecord('entries', book.id, 'moved-id')).toBeUndefined();
    const list = await listRecords<Entry>('entries', book.id);
    expect(list.items.map((e) => e.id)).toEqual([entry.id]);
    expect(list.damaged).toEqual(['moved-id']);
  });

  it('does not open a sealed record moved to another table or book', async () => {
    const a = await makeBook();
    const b = await makeBook();
    const person = await storePerson(a.id);
    const row = await db().people.get(person.id);

    // Same id, other table.
    await db().entries.put({ ...row! });
    expect((await listRecords('entries', a.id)).damaged).toEqual([person.id]);
    // Same id and table, other book (whose key differs too).
    await db().people.put({ ...row!, bookId: b.id });
    const inB = await listRecords<Person>('people', b.id);
    expect(inB.items).toEqual([]);
    expect(inB.damaged).toEqual([person.id]);
  });

  it('does not open photo bytes swapped between the original and the thumbnail', async () => {
    const book = await makeBook();
    const { item } = await makePhoto(book.id);
    await addPhotos(book.id, [item]);
    const original = await db().blobs.get(`${item.photo.id}:original`);
    const thumb = await db().blobs.get(`${item.photo.id}:thumb`);
    await db().blobs.put({ ...thumb!, iv: original!.iv, ct: original!.ct });

    await expect(
      readPhotoBlob(book.id, item.photo.id, 'thumb', 'image/jpeg'),
    ).rejects.toBeInstanceOf(DamagedRecordError);
  });
});
