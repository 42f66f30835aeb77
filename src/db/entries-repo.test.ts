import type { Entry } from '@/domain';
import { simulateReload, withFreshDatabase } from '@/testing/db-helpers';
import { makeBook, makeEntry } from '@/testing/factories';

import { db } from './connection';
import {
  binEntry,
  deleteEntryForever,
  getEntry,
  listBinnedEntries,
  listEntries,
  purgeBinnedEntries as purgeBin,
  restoreEntry,
  saveEntry,
} from './entries-repo';
import { StorageError } from './errors';
import { unlockBySentence, updateDetails } from './books-repo';

withFreshDatabase();

const DAY = 24 * 60 * 60 * 1000;

function titles(list: { items: Entry[] }): string[] {
  return list.items.map((e) => e.title);
}

describe('entries', () => {
  it('moves an entry to the bin and back, keeping every field', async () => {
    const book = await makeBook();
    const entry = makeEntry(book.id, {
      title: 'Our flat',
      kind: 'home',
      date: undefined,
      period: { start: { year: 2019 }, ongoing: true },
      protected: true,
      place: 'Secret street 1',
      feeling: '😊',
    });
    await saveEntry(entry);
    const now = new Date('2025-03-01T10:00:00Z');
    await binEntry(book.id, entry.id, undefined, now);

    expect(titles(await listEntries(book.id))).toEqual([]);
    const binned = await listBinnedEntries(book.id);
    expect(titles(binned)).toEqual(['Our flat']);
    expect(binned.items[0]?.deletedAt).toBe(now.toISOString());

    await restoreEntry(book.id, entry.id);
    expect((await listEntries(book.id)).items).toEqual([entry]);
    expect(titles(await listBinnedEntries(book.id))).toEqual([]);
  });

  it('deletes for ever only from the bin', async () => {
    const book = await makeBook();
    const entry = makeEntry(book.id);
    await saveEntry(entry);
    await expect(deleteEntryForever(book.id, entry.id)).rejects.toBeInstanceOf(StorageError);
    expect(await getEntry(book.id, entry.id)).toEqual(entry);

    await binEntry(book.id, entry.id);
    await deleteEntryForever(book.id, entry.id);
    expect(await getEntry(book.id, entry.id)).toBeUndefined();
    expect(await db().entries.count()).toBe(0);
  });

  it('purges what has been in the bin for 30 days, and nothing else', async () => {
    const book = await makeBook();
    const now = new Date('2025-06-01T12:00:00Z');
    const old = makeEntry(book.id, { title: 'Old' });
    const recent = makeEntry(book.id, { title: 'Recent' });
    const kept = makeEntry(book.id, { title: 'On the timeline' });
    const odd = makeEntry(book.id, { title: 'Odd date', deletedAt: 'sometime' });
    await saveEntry(kept);
    await saveEntry(odd);
    for (const e of [old, recent]) await saveEntry(e);
    await binEntry(book.id, old.id, undefined, new Date(now.getTime() - 30 * DAY));
    await binEntry(book.id, recent.id, undefined, new Date(now.getTime() - 29 * DAY));

    expect(await purgeBin(book.id, now)).toBe(1);
    expect(titles(await listBinnedEntries(book.id)).sort()).toEqual(['Odd date', 'Recent']);
    expect(titles(await listEntries(book.id))).toEqual(['On the timeline']);
    expect(await purgeBin(book.id, now)).toBe(0);
  });

  it('keeps another book’s bin out of reach', async () => {
    const a = await makeBook();
    const b = await makeBook();
    const entry = makeEntry(a.id);
    await saveEntry(entry);
    await binEntry(a.id, entry.id, undefined, new Date('2000-01-01'));
    expect(await purgeBin(b.id)).toBe(0);
    await expect(deleteEntryForever(b.id, entry.id)).rejects.toBeInstanceOf(StorageError);
    expect(titles(await listBinnedEntries(a.id))).toHaveLength(1);
  });

  it('places an age-only date with the book’s birth date when listing', async () => {
    const book = await makeBook({ details: { birthDate: { year: 2010 } } });
    const five = makeEntry(book.id, { title: 'When I was 5', date: { age: 5 } });
    const y2012 = makeEntry(book.id, { title: '2012', date: { year: 2012 } });
    const y2020 = makeEntry(book.id, { title: '2020', date: { year: 2020 } });
    for (const e of [y2020, five, y2012]) await saveEntry(e);
    expect(titles(await listEntries(book.id))).toEqual(['2012', 'When I was 5', '2020']);
    // Nothing stored says where it goes: the birth date, sealed, decides it after opening.
    await updateDetails(book.id, { birthDate: { year: 2016 } });
    expect(titles(await listEntries(book.id))).toEqual(['2012', '2020', 'When I was 5']);
  });

  it('lists the bin in the same order, sorted after opening', async () => {
    const book = await makeBook();
    const dates = [{ year: 2019 }, { year: 2014, month: 5 }, { year: 2014 }, undefined];
    for (const [i, date] of dates.entries()) {
      const entry = makeEntry(book.id, { title: `e${String(i)}`, date });
      await saveEntry(entry);
      await binEntry(book.id, entry.id);
    }
    expect(titles(await listBinnedEntries(book.id))).toEqual(['e2', 'e1', 'e0', 'e3']);
  });

  it('keeps the bin through a reload and an unlock', async () => {
    const book = await makeBook();
    const entry = makeEntry(book.id, { title: 'Binned' });
    await saveEntry(entry);
    await binEntry(book.id, entry.id);
    await simulateReload();
    await unlockBySentence(book.id, book.sentence);
    expect(titles(await listBinnedEntries(book.id))).toEqual(['Binned']);
    expect(await purgeBin(book.id)).toBe(0);
  });
});
