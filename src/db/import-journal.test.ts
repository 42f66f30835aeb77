import { dumpAllStores, withFreshDatabase } from '@/testing/db-helpers';
import {
  makeBook,
  makeBookWithContent,
  makeEntry,
  makePhoto,
  storeEntry,
} from '@/testing/factories';

import { bookActivity } from './book-activity';
import { db } from './connection';
import { commitImport } from './pack-repo';
import {
  beginImport,
  discardImport,
  dismissImport,
  forgetRunningImportsForTests,
  interruptedImports,
  type ImportJournal,
} from './import-journal';
import { addPhotos, listPhotos } from './photos-repo';

withFreshDatabase();
afterEach(() => {
  forgetRunningImportsForTests();
  vi.useRealTimers();
});

/** Sets the clock, so that each step's "changed" time differs from the last one's. */
function at(minute: number): void {
  vi.setSystemTime(new Date(Date.UTC(2026, 4, 1, 8, minute)));
}

/** Two batches of photos, as an import stores them, each noted in the import's note. */
async function storeTwoBatches(bookId: string, journal: string): Promise<string[]> {
  const ids: string[] = [];
  for (const batch of [
    ['a', 'b'],
    ['c', 'd', 'e'],
  ]) {
    const photos = await Promise.all(batch.map((m) => makePhoto(bookId, {}, `import-${m}`)));
    await addPhotos(
      bookId,
      photos.map((p) => p.item),
      { journal },
    );
    ids.push(...photos.map((p) => p.item.photo.id));
  }
  return ids;
}

describe('the import journal', () => {
  it('notes a running import, which is not interrupted, and ends the note when it finishes', async () => {
    const book = await makeBookWithContent();
    const before = await dumpAllStores();
    const running = await beginImport('photos', 5, book.id);
    const row = await db().meta.get(`import:${running.id}`);
    expect(row?.value).toMatchObject({ id: running.id, kind: 'photos', bookId: book.id, total: 5 });
    expect(await interruptedImports()).toEqual([]);
    await running.finish();
    expect(await dumpAllStores()).toBe(before);
  });

  it('finds an import whose tab died, with the photos it had stored', async () => {
    const book = await makeBookWithContent();
    const running = await beginImport('photos', 8, book.id);
    const ids = await storeTwoBatches(book.id, running.id);
    forgetRunningImportsForTests(); // the tab crashed: nobody holds the import any more

    const found = await interruptedImports();
    expect(found).toHaveLength(1);
    const [journal] = found as [ImportJournal];
    expect(journal).toMatchObject({ id: running.id, kind: 'photos', bookId: book.id, total: 8 });
    expect(journal.added).toEqual(ids);
  });

  it('removes what the interrupted import stored: the store is exactly as before it began', async () => {
    const book = await makeBookWithContent();
    const before = await dumpAllStores();
    const running = await beginImport('photos', 8, book.id);
    await storeTwoBatches(book.id, running.id);
    forgetRunningImportsForTests();
    expect(await dumpAllStores()).not.toBe(before);

    await discardImport(running.id);
    // Ignoring nothing: photos, blobs, the note and the book's "changed" time are all as before.
    expect(await dumpAllStores()).toBe(before);
    expect(await interruptedImports()).toEqual([]);
  });

  it('gives a book that had never changed its missing "changed" time back too', async () => {
    const book = await makeBook();
    const before = await dumpAllStores();
    expect(await bookActivity(book.id)).toEqual({});
    const running = await beginImport('photos', 5, book.id);
    await storeTwoBatches(book.id, running.id);
    forgetRunningImportsForTests();
    await discardImport(running.id);
    expect(await dumpAllStores()).toBe(before);
  });

  it('keeps the book marked as changed when something else changed it during the import', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const editBetweenBatches of [false, true]) {
      at(0);
      const book = await makeBookWithContent();
      const { changedAt: before } = await bookActivity(book.id);
      at(1);
      const running = await beginImport('photos', 8, book.id);
      const first = await makePhoto(book.id, {}, 'first');
      await addPhotos(book.id, [first.item], { journal: running.id });
      // The child writes something while the photos go in: between two batches, or after.
      at(2);
      await storeEntry(book.id, { title: 'Written meanwhile' });
      const { changedAt: edited } = await bookActivity(book.id);
      if (editBetweenBatches) {
        at(3);
        await addPhotos(book.id, [(await makePhoto(book.id, {}, 'second')).item], {
          journal: running.id,
        });
      }
      forgetRunningImportsForTests();
      at(4);
      await discardImport(running.id);

      expect((await listPhotos(book.id)).items).toHaveLength(1);
      const { changedAt: after } = await bookActivity(book.id);
      expect(after).not.toBe(before);
      expect(after! >= edited!).toBe(true);
    }
  });

  it('keeps what was stored when the child says so, and forgets the note', async () => {
    const book = await makeBookWithContent();
    const running = await beginImport('photos', 8, book.id);
    const ids = await storeTwoBatches(book.id, running.id);
    forgetRunningImportsForTests();
    const withNote = await dumpAllStores();

    await dismissImport(running.id);
    expect(await interruptedImports()).toEqual([]);
    expect(await db().meta.get(`import:${running.id}`)).toBeUndefined();
    const stored = (await listPhotos(book.id)).items.map((p) => p.id);
    expect(stored).toEqual(expect.arrayContaining(ids));
    expect(stored).toHaveLength(ids.length + 1);
    expect(await db().blobs.count()).toBe(2 * (ids.length + 1));
    // Only the note went.
    expect(await dumpAllStores()).not.toBe(withNote);
  });

  it('ends a pack’s note in the commit’s own transaction, and keeps it when the commit fails', async () => {
    const book = await makeBook();
    const committed = await beginImport('bundle', 1000, book.id);
    await commitImport({
      bookId: book.id,
      entries: [makeEntry(book.id)],
      people: [],
      snapshots: [],
      photos: [],
      photoUpdates: [],
      journal: committed.id,
    });
    // Without finish(): a crash right after the commit leaves no note behind.
    forgetRunningImportsForTests();
    expect(await interruptedImports()).toEqual([]);

    const other = await makeBook();
    const theirs = await storeEntry(other.id);
    const refused = await beginImport('bundle', 1000, book.id);
    await expect(
      commitImport({
        bookId: book.id,
        entries: [{ ...theirs, bookId: book.id }],
        people: [],
        snapshots: [],
        photos: [],
        photoUpdates: [],
        journal: refused.id,
      }),
    ).rejects.toThrow();
    forgetRunningImportsForTests();
    expect((await interruptedImports()).map((j) => j.id)).toEqual([refused.id]);
  });
});
