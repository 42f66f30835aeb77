import { isPastBin } from '../domain/bin';
import { entrySortKey } from '../domain/fuzzy-date';
import { nowIso } from '../domain/ids';
import type { Entry, FuzzyDate } from '../domain/types';

import { db, writableDb } from './connection';
import type { SealedRow } from './database';
import { StorageError, toStorageError } from './errors';
import {
  getRecord,
  listRecords,
  putRecords,
  type RecordList,
  type RecordWrite,
} from './records-repo';

/*
 * Timeline entries on top of the generic sealed records. The clear fields are the kind, the
 * `binned` flag and a sort key made from the date (never text). An entry in the bin keeps its
 * `deletedAt` inside the sealed value; the flag beside it lets the timeline skip it unopened.
 */

/** The row for an entry: its sort key places an age-only date with the birth date when known. */
export function entryWrite(entry: Entry, birth?: FuzzyDate): RecordWrite<Entry> {
  return {
    value: entry,
    sortKey: entrySortKey(entry, birth),
    kind: entry.kind,
    binned: entry.deletedAt !== undefined,
  };
}

export async function saveEntry(entry: Entry, birth?: FuzzyDate): Promise<void> {
  await putRecords('entries', entry.bookId, [entryWrite(entry, birth)]);
}

export function listEntries(bookId: string): Promise<RecordList<Entry>> {
  return listRecords<Entry>('entries', bookId);
}

export function listBinnedEntries(bookId: string): Promise<RecordList<Entry>> {
  return listRecords<Entry>('entries', bookId, { binned: true });
}

export function getEntry(bookId: string, id: string): Promise<Entry | undefined> {
  return getRecord<Entry>('entries', bookId, id);
}

async function requireEntry(bookId: string, id: string): Promise<Entry> {
  const entry = await getEntry(bookId, id);
  if (!entry) throw new StorageError('not-found');
  return entry;
}

/** Moves an entry to the bin; it can be restored for 30 days. */
export async function binEntry(
  bookId: string,
  id: string,
  birth?: FuzzyDate,
  now: Date = new Date(),
): Promise<void> {
  const entry = await requireEntry(bookId, id);
  if (entry.deletedAt !== undefined) return;
  await saveEntry({ ...entry, deletedAt: nowIso(now) }, birth);
}

export async function restoreEntry(bookId: string, id: string, birth?: FuzzyDate): Promise<void> {
  const entry = { ...(await requireEntry(bookId, id)) };
  delete entry.deletedAt;
  await saveEntry(entry, birth);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Deletes binned rows for good, but only those still exactly as they were read: if another tab
 * restored or changed an entry in the meantime (a new IV), it is left alone. Deciding happens
 * outside the transaction, because opening a sealed value is WebCrypto work.
 */
async function deleteBinnedRows(bookId: string, seen: SealedRow[]): Promise<number> {
  if (seen.length === 0) return 0;
  try {
    const d = await writableDb();
    return await d.transaction('rw', d.entries, async () => {
      const now = await d.entries.bulkGet(seen.map((r) => r.id));
      const gone = seen.filter((before, i) => {
        const row = now[i];
        return row?.bookId === bookId && row.binned === 1 && sameBytes(row.iv, before.iv);
      });
      await d.entries.bulkDelete(gone.map((r) => r.id));
      return gone.length;
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** "Delete for ever" works only from the bin: nothing on the timeline disappears in one step. */
export async function deleteEntryForever(bookId: string, id: string): Promise<void> {
  const row = await db().entries.get(id);
  if (row?.bookId !== bookId || row.binned !== 1) throw new StorageError('not-found');
  await deleteBinnedRows(bookId, [row]);
}

/**
 * Deletes what has lain in the bin for 30 days or more; returns how many went. Called when the
 * book is opened. An entry that cannot be opened (damaged) or has no readable `deletedAt` stays:
 * losing a story by mistake is worse than keeping it too long.
 */
export async function purgeBin(bookId: string, now: Date = new Date()): Promise<number> {
  const rows = await db().entries.where('[bookId+binned]').equals([bookId, 1]).toArray();
  const due: SealedRow[] = [];
  for (const row of rows) {
    const entry = await getEntry(bookId, row.id).catch(() => undefined);
    if (entry && isPastBin(entry.deletedAt, now)) due.push(row);
  }
  return deleteBinnedRows(bookId, due);
}

/** How many entries lie in the bin (read from the clear flag; nothing is decrypted). */
export function countBinnedEntries(bookId: string): Promise<number> {
  return db().entries.where('[bookId+binned]').equals([bookId, 1]).count();
}
