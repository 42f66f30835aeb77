import { dumpAllStores, simulateReload, withFreshDatabase, utf8Hex } from '@/testing/db-helpers';
import { makeBook, makePerson } from '@/testing/factories';

import { unlockBySentence } from './books-repo';
import { countRecords } from './records-repo';
import {
  binPerson,
  deleteSnapshot,
  listBinnedPeople,
  listPeople,
  listSnapshots,
  savePeople,
  saveSnapshot,
} from './people-repo';

withFreshDatabase();

describe('people repository', () => {
  it('stores people and snapshots sealed: no name, relation or note in clear', async () => {
    const book = await makeBook();
    const noah = makePerson(book.id, {
      name: 'Noahsnavn',
      relation: 'Halvbrorord',
      note: 'Hemmeligtekst',
      contact: 'weekly',
      line: 'strong',
    });
    await savePeople(book.id, [noah]);
    await saveSnapshot(book.id, {
      id: 'snap-1',
      bookId: book.id,
      takenAt: '2025-03-03T10:00:00.000Z',
      people: [{ personId: noah.id, sector: 'family', closeness: 1, line: 'strong' }],
    });
    const dump = await dumpAllStores();
    for (const secret of ['Noahsnavn', 'Halvbrorord', 'Hemmeligtekst']) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(utf8Hex(secret));
    }
    expect((await listPeople(book.id)).items).toEqual([noah]);
    expect((await listSnapshots(book.id)).items[0]?.people[0]?.line).toBe('strong');
  });

  it('keeps a deleted person in the bin, out of the list and the count', async () => {
    const book = await makeBook();
    const a = makePerson(book.id, { name: 'A' });
    const b = makePerson(book.id, { name: 'B' });
    await savePeople(book.id, [a, b]);
    await binPerson(book.id, a, '2025-01-01T00:00:00.000Z');
    expect((await listPeople(book.id)).items.map((p) => p.name)).toEqual(['B']);
    const binned = (await listBinnedPeople(book.id)).items;
    expect(binned.map((p) => [p.name, p.deletedAt])).toEqual([['A', '2025-01-01T00:00:00.000Z']]);
    expect(await countRecords('people', book.id)).toBe(1);
  });

  it('lists snapshots newest first, survives a reload, and deletes one', async () => {
    const book = await makeBook();
    const snap = (id: string, takenAt: string) => ({ id, bookId: book.id, takenAt, people: [] });
    await saveSnapshot(book.id, snap('old', '2024-01-01T00:00:00.000Z'));
    await saveSnapshot(book.id, snap('new', '2025-06-01T00:00:00.000Z'));
    await simulateReload();
    await unlockBySentence(book.id, book.sentence);
    expect((await listSnapshots(book.id)).items.map((s) => s.id)).toEqual(['new', 'old']);
    await deleteSnapshot(book.id, 'new');
    expect((await listSnapshots(book.id)).items.map((s) => s.id)).toEqual(['old']);
  });
});
