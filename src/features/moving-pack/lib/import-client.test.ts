import fc from 'fast-check';

import { readPack, selectForExport, writePack, type BookData, type ExportChoices } from '@/pack';
import { editJson, rebag, unzipFiles, zipFiles } from '@/testing/bag-tamper';
import { bookArb } from '@/testing/pack-arbitraries';
import { collect, sampleBook, tinyJpeg } from '@/testing/pack-fixtures';
import { generateRecoveryCode } from '@/crypto';
import { AUTO_LOCK_CHOICES, bookFromPack } from '@/domain';
import {
  bookActivity,
  db,
  forgetRunningImportsForTests,
  interruptedImports,
  listBooks,
  openDatabase,
  lockBook,
  readBookContent,
  readDetails,
  StorageError,
  type ImportJournal,
} from '@/db';
import {
  dumpStoreRows,
  resetDatabase,
  withFreshDatabase,
  type StoreDump,
} from '@/testing/db-helpers';
import { KNOWN_SENTENCE, makeBook } from '@/testing/factories';
import { storeChecksum } from '@/testing/store-checksum';
import { failureOf } from '@/testing/thrown';
import { importPack, checkPack, type ImportTarget, type ImportWorkers } from './import-client';
import { inProcessWorkers } from './in-process-workers';
import { PackFailure } from './worker-channel';
import { exportStoredBook } from '@/testing/pack-store-export';

withFreshDatabase();

const workers = inProcessWorkers(() => new Blob([tinyJpeg()], { type: 'image/jpeg' }));
const ALL: ExportChoices = {
  includeOnlyMe: true,
  includeProtectedPlaces: true,
  includeHiddenPhotos: true,
};
const NEW: ImportTarget = {
  kind: 'new',
  sentence: KNOWN_SENTENCE,
  recoveryCode: generateRecoveryCode(),
};

async function packOf(data: BookData, bytes: Map<string, Uint8Array<ArrayBuffer>>): Promise<Blob> {
  const writer = writePack(
    {
      selection: selectForExport(data, ALL),
      readPhoto: (id) => Promise.resolve(new Blob([bytes.get(id) ?? new Uint8Array()])),
    },
    { appVersion: 'test', now: new Date('2026-06-01T08:00:00Z') },
  );
  return new Blob([await collect(writer.stream)]);
}

/** Exports a stored book the way the export worker does (sealed bytes opened with the key). */
async function exportFromStore(bookId: string): Promise<Blob> {
  return (await exportStoredBook(bookId)).zip;
}

/** The book of a pack that asks to be the sample book and to turn the idle lock off. */
function hostileSettings(data: BookData): BookData {
  return {
    ...data,
    book: {
      ...data.book,
      cover: { ...data.book.cover, sample: true },
      details: { ...data.book.details, autoLockMinutes: 0 },
    },
  };
}

function byId(data: BookData): BookData {
  const sort = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    book: data.book,
    entries: sort(data.entries),
    people: sort(data.people),
    photos: sort(data.photos),
    snapshots: sort(data.snapshots),
  };
}

describe('importing a pack', () => {
  it('export → import as a new book → export loses nothing, for any book', async () => {
    await fc.assert(
      fc.asyncProperty(bookArb, async ({ data, photoBytes }) => {
        await resetDatabase();
        const first = await checkPack(await packOf(data, photoBytes), { workers });
        const { bookId } = await importPack(first, NEW, { workers });
        expect(bookId).toBe(data.book.id);
        const again = await readPack(await exportFromStore(bookId));
        // The store keeps its own order (by date, by id); the set of records must be identical.
        // The book's settings come back as this device keeps them: clamped, never a sample.
        const book = {
          id: first.data.book.id,
          ...bookFromPack(first.data.book.cover, first.data.book.details),
        };
        expect(byId(again.data)).toStrictEqual(byId({ ...first.data, book }));
        expect([...again.photoBlobs.keys()].sort()).toEqual([...first.photoBlobs.keys()].sort());
        for (const [id, blob] of again.photoBlobs) {
          expect(new Uint8Array(await blob.arrayBuffer())).toEqual(photoBytes.get(id));
        }
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it('imports a copy under new ids when the same book is already on the device', async () => {
    const { data, photoBytes } = await sampleBook();
    const contents = await checkPack(await packOf(data, photoBytes), { workers });
    const first = await importPack(contents, NEW, { workers });
    const second = await importPack(contents, NEW, { workers });
    expect(second.bookId).not.toBe(first.bookId);
    expect((await listBooks()).map((b) => b.id).sort()).toEqual(
      [first.bookId, second.bookId].sort(),
    );
    const a = (await readBookContent(first.bookId)).content;
    const b = (await readBookContent(second.bookId)).content;
    expect(b.entries.map((e) => e.title).sort()).toEqual(a.entries.map((e) => e.title).sort());
    expect(b.entries.every((e) => e.bookId === second.bookId)).toBe(true);
    expect(b.photos.map((p) => p.sha256).sort()).toEqual(a.photos.map((p) => p.sha256).sort());
  });

  it('clamps a pack’s settings to what Settings offers and never makes a sample book', async () => {
    const { data, photoBytes } = await sampleBook();
    const hostile = hostileSettings(data);
    const contents = await checkPack(await packOf(hostile, photoBytes), { workers });
    expect(contents.data.book.details.autoLockMinutes).toBe(0);
    const { bookId } = await importPack(contents, NEW, { workers });

    const [stored] = await listBooks();
    expect(stored?.id).toBe(bookId);
    // Not the sample book: its lock screen would show the public sample sentence.
    expect(stored?.cover.sample).toBeUndefined();
    expect(stored?.cover.nickname).toBe(data.book.cover.nickname);
    // Idle lock stays on, at a time Settings offers (0 turned it off while Settings showed 2).
    const details = await readDetails(bookId);
    expect(details.autoLockMinutes).toBe(2);
    expect(AUTO_LOCK_CHOICES).toContain(details.autoLockMinutes);
    expect(details.meNow).toEqual(data.book.details.meNow);

    // Far too long becomes the longest choice.
    await resetDatabase();
    const long = await checkPack(
      await packOf(
        {
          ...hostile,
          book: { ...hostile.book, details: { ...data.book.details, autoLockMinutes: 1_000_000 } },
        },
        photoBytes,
      ),
      { workers },
    );
    const again = await importPack(long, NEW, { workers });
    expect((await readDetails(again.bookId)).autoLockMinutes).toBe(60);
  });

  it('leaves the book’s own settings alone when merging a pack', async () => {
    const { data, photoBytes } = await sampleBook();
    const { bookId } = await importPack(
      await checkPack(await packOf(data, photoBytes), { workers }),
      NEW,
      { workers },
    );
    const before = { cover: (await listBooks())[0]?.cover, details: await readDetails(bookId) };
    const hostile = hostileSettings(data);
    const contents = await checkPack(await packOf(hostile, photoBytes), { workers });
    await importPack(contents, { kind: 'merge', bookId }, { workers });
    expect({ cover: (await listBooks())[0]?.cover, details: await readDetails(bookId) }).toEqual(
      before,
    );
  });

  it('merges without duplicates, and a merge that brings nothing new writes nothing', async () => {
    const { data, photoBytes } = await sampleBook();
    const contents = await checkPack(await packOf(data, photoBytes), { workers });
    const { bookId } = await importPack(contents, NEW, { workers });
    const before = await storeChecksum();
    const merged = await importPack(contents, { kind: 'merge', bookId }, { workers });
    expect(merged.summary.added).toEqual({ entries: 0, people: 0, photos: 0, snapshots: 0 });
    expect(merged.summary.same).toBeGreaterThan(0);
    expect(await storeChecksum()).toBe(before);
  });

  it('merges a newer export of the same book: adds what is new, keeps what differs', async () => {
    const { data, photoBytes } = await sampleBook();
    const old = await checkPack(await packOf(data, photoBytes), { workers });
    const { bookId } = await importPack(old, NEW, { workers });
    const entry = data.entries[0];
    if (!entry) throw new Error('fixture has entries');
    const newer: BookData = {
      ...data,
      entries: [
        { ...entry, title: 'Changed on the other device' },
        ...data.entries.slice(1),
        { ...entry, id: 'e_brand_new', title: 'New on the other device' },
      ],
    };
    const contents = await checkPack(await packOf(newer, photoBytes), { workers });
    const { summary } = await importPack(contents, { kind: 'merge', bookId }, { workers });
    expect(summary.added.entries).toBe(1);
    expect(summary.differ).toEqual([{ kind: 'entries', id: entry.id, fields: ['title'] }]);
    const stored = (await readBookContent(bookId)).content.entries;
    expect(stored.find((e) => e.id === entry.id)?.title).toBe(entry.title);
    expect(stored.find((e) => e.id === 'e_brand_new')?.title).toBe('New on the other device');
    expect((await bookActivity(bookId)).changedAt).toBeDefined();
  });

  it('refuses hostile packs with their own code and leaves the store unchanged', async () => {
    const { data, photoBytes } = await sampleBook();
    const good = unzipFiles(new Uint8Array(await (await packOf(data, photoBytes)).arrayBuffer()));
    const root = [...good.keys()][0]?.split('/')[0] ?? '';
    const variants: [string, (f: Map<string, Uint8Array>) => void][] = [
      ['bad-path', (f) => f.set(`${root}/data/../../evil.txt`, new Uint8Array([1]))],
      [
        'checksum-mismatch',
        (f) => {
          const name = [...f.keys()].find((n) => n.includes('/media/')) ?? '';
          const bytes = f.get(name) ?? new Uint8Array();
          f.set(
            name,
            bytes.map((b, i) => (i === bytes.length - 3 ? b ^ 0xff : b)),
          );
        },
      ],
      [
        'newer-version',
        (f) => {
          editJson(f, (json) => {
            json.schemaVersion = 99;
          });
          rebag(f);
        },
      ],
      [
        'bad-photo-type',
        (f) => {
          const name = [...f.keys()].find((n) => n.includes('/media/')) ?? '';
          f.set(name, new TextEncoder().encode('<svg onload="alert(1)"></svg>'));
          rebag(f);
        },
      ],
    ];
    // Something to lose: a book already on the device.
    await importPack(await checkPack(await packOf(data, photoBytes), { workers }), NEW, {
      workers,
    });
    const before = await storeChecksum();
    for (const [code, tamper] of variants) {
      const files = new Map(good);
      tamper(files);
      const error = await failureOf(checkPack(new Blob([zipFiles(files)]), { workers }));
      expect(error, code).toBeInstanceOf(PackFailure);
      expect((error as PackFailure).code).toBe(code);
      expect(await storeChecksum()).toBe(before);
    }
  });

  it('writes nothing when the disk fills during the commit', async () => {
    const { data, photoBytes } = await sampleBook();
    const contents = await checkPack(await packOf(data, photoBytes), { workers });
    const existing = await makeBook();
    const before = await storeChecksum();
    vi.spyOn(db().blobs, 'bulkPut').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const error = await failureOf(importPack(contents, NEW, { workers }));
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe('storage-full');
    expect(await storeChecksum()).toBe(before);
    expect((await listBooks()).map((b) => b.id)).toEqual([existing.id]);
  });

  it('notes the import while it runs: a crash before the commit would leave only that note', async () => {
    const { data, photoBytes } = await sampleBook();
    const contents = await checkPack(await packOf(data, photoBytes), { workers });
    const existing = await makeBook();
    const targets: [ImportTarget, string | undefined][] = [
      [NEW, undefined],
      [{ kind: 'merge', bookId: existing.id }, existing.id],
    ];
    for (const [target, bookId] of targets) {
      const before = await dumpStoreRows();
      let duringSeal: { found: ImportJournal[]; rows: StoreDump } | undefined;
      const crashing: ImportWorkers = {
        ...workers,
        seal: async () => {
          // The tab dies here, while the photos are being sealed.
          forgetRunningImportsForTests();
          duringSeal = { found: await interruptedImports(), rows: await dumpStoreRows() };
          throw new PackFailure('import-failed');
        },
      };
      await failureOf(importPack(contents, target, { workers: crashing }));
      const [journal] = duringSeal?.found ?? [];
      expect(duringSeal?.found).toHaveLength(1);
      expect(journal).toMatchObject({ kind: 'bundle', total: contents.report.payloadBytes });
      expect(journal?.bookId).toBe(bookId);
      // Nothing but the note: every other row is as before.
      const meta = (rows: StoreDump) =>
        rows.meta?.filter((r) => !JSON.stringify(r).includes(`"import:${journal?.id ?? ''}"`));
      expect({ ...duringSeal?.rows, meta: meta(duringSeal?.rows ?? {}) }).toEqual(before);
      // The import that failed cleanly ended its note.
      expect(await dumpStoreRows()).toEqual(before);
    }
    const { bookId } = await importPack(contents, NEW, { workers });
    expect(await interruptedImports()).toEqual([]);
    expect((await listBooks()).map((b) => b.id)).toContain(bookId);
  });

  it('stops before writing when cancelled, and needs the book open to merge', async () => {
    const { data, photoBytes } = await sampleBook();
    const contents = await checkPack(await packOf(data, photoBytes), { workers });
    const ac = new AbortController();
    ac.abort();
    // Opened as the app opens it at start (which notes the schema): then the import writes nothing.
    await openDatabase();
    const before = await storeChecksum();
    const cancelled = await failureOf(importPack(contents, NEW, { workers, signal: ac.signal }));
    expect((cancelled as PackFailure).code).toBe('cancelled');
    expect(await storeChecksum()).toBe(before);

    const { bookId } = await importPack(contents, NEW, { workers });
    lockBook(bookId);
    const locked = await failureOf(importPack(contents, { kind: 'merge', bookId }, { workers }));
    expect((locked as StorageError).code).toBe('book-locked');
  });
});
