import type { Entry, Person } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { entryWrite, makeBook, makeEntry, makePerson, personWrite } from '@/testing/factories';

import { StorageError } from './errors';
import { countRecords, deleteRecords, getRecord, listRecords, putRecords } from './records-repo';
import { lockBook } from './session';

withFreshDatabase();

describe('records', () => {
  it('lists a book’s entries in timeline order, whatever order they were written in', async () => {
    const book = await makeBook();
    const later = makeEntry(book.id, { title: 'Summer 2020', date: { year: 2020, month: 7 } });
    const early = makeEntry(book.id, { title: 'Born', date: { year: 2012 } });
    const undated = makeEntry(book.id, { title: 'Some day', date: undefined });
    await putRecords('entries', book.id, [later, undated, early].map(entryWrite));

    const { items, damaged } = await listRecords<Entry>('entries', book.id);
    expect(items.map((e) => e.title)).toEqual(['Born', 'Summer 2020', 'Some day']);
    expect(damaged).toEqual([]);
  });

  it('replaces a record written again under the same id', async () => {
    const book = await makeBook();
    const entry = makeEntry(book.id, { title: 'Draft' });
    await putRecords('entries', book.id, [entryWrite(entry)]);
    await putRecords('entries', book.id, [entryWrite({ ...entry, title: 'Final' })]);

    expect((await listRecords<Entry>('entries', book.id)).items.map((e) => e.title)).toEqual([
      'Final',
    ]);
    expect((await getRecord<Entry>('entries', book.id, entry.id))?.title).toBe('Final');
  });

  it('keeps binned records apart and out of the counts', async () => {
    const book = await makeBook();
    const kept = makePerson(book.id, { name: 'Kept' });
    const binned = makePerson(book.id, { name: 'Binned' });
    await putRecords('people', book.id, [
      personWrite(kept),
      { ...personWrite(binned), binned: true },
    ]);

    expect((await listRecords<Person>('people', book.id)).items.map((p) => p.name)).toEqual([
      'Kept',
    ]);
    expect(
      (await listRecords<Person>('people', book.id, { binned: true })).items.map((p) => p.name),
    ).toEqual(['Binned']);
    expect(await countRecords('people', book.id)).toBe(1);
  });

  it('keeps each book’s records to itself', async () => {
    const a = await makeBook();
    const b = await makeBook();
    const entryA = makeEntry(a.id, { title: 'In A' });
    await putRecords('entries', a.id, [entryWrite(entryA)]);
    await putRecords('entries', b.id, [entryWrite(makeEntry(b.id, { title: 'In B' }))]);

    expect((await listRecords<Entry>('entries', b.id)).items.map((e) => e.title)).toEqual(['In B']);
    expect(await getRecord('entries', b.id, entryA.id)).toBeUndefined();
    await deleteRecords('entries', b.id, [entryA.id]);
    expect((await getRecord<Entry>('entries', a.id, entryA.id))?.title).toBe('In A');

    await deleteRecords('entries', a.id, [entryA.id]);
    expect(await getRecord('entries', a.id, entryA.id)).toBeUndefined();
    expect(await countRecords('entries', b.id)).toBe(1);
  });

  it('needs the book open to read or write records', async () => {
    const book = await makeBook();
    await putRecords('entries', book.id, [entryWrite(makeEntry(book.id))]);
    lockBook(book.id);

    await expect(listRecords('entries', book.id)).rejects.toBeInstanceOf(StorageError);
    await expect(
      putRecords('entries', book.id, [entryWrite(makeEntry(book.id))]),
    ).rejects.toMatchObject({ code: 'book-locked' });
  });
});
