import { isPastBin } from '@/domain';
import { nowIso } from '@/domain';
import type { Entry, FuzzyDate } from '@/domain';

import { db, writableDb } from './connection';
import type { SealedRow } from './database';
import { StorageError, toStorageError } from './errors';
import { readDetails, requireKey } from './books-repo';
import { binnedRowsAsRead } from './bin-rows';
import {
  getRecord,
  openRecordRows,
  putRecords,
  readRecordRows,
  type RecordList,
  type RecordWrite,
} from './records-repo';

/*
 * Timeline entries on top of the generic sealed records. The only clear field is the `binned`
 * flag: the kind and the date stay inside the ciphertext, and lists are sorted after opening.
 * An entry in the bin keeps its `deletedAt` inside the sealed value; the flag beside it lets the
 * timeline skip it unopened.
 */

/** The row for an entry: only the bin flag is stored beside the ciphertext. */
export function entryWrite(entry: Entry): RecordWrite<Entry> {
  return { value: entry, binned: entry.deletedAt !== undefined };
}

export async function saveEntry(
  entry: Entry,
  // Callers still pass the birth date; nothing stored depends on it any more (lists are sorted
  // after opening, with the book's birth date), so it is unused.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _birth?: FuzzyDate,
): Promise<void> {
  await putRecords('entries', entry.bookId, [entryWrite(entry)]);
}

/**
 * Entries in timeline order: sorted after opening, with an age-only date placed by the book's
 * birth date. Both Dexie reads start before any decryption, so a live query sees both tables.
 */
async function listSorted(bookId: string, binned: boolean): Promise<RecordList<Entry>> {
  requireKey(bookId);
  const [details, rows] = await Promise.all([
    readDetails(bookId).catch(() => undefined),
    readRecordRows('entries', bookId, binned),
  ]);
  const birth = details?.birthDate;
  return openRecordRows<Entry>('entries', bookId, rows, birth ? { birth } : {});
}

export function listEntries(bookId: string): Promise<RecordList<Entry>> {
  return listSorted(bookId, false);
}

export function listBinnedEntries(bookId: string): Promise<RecordList<Entry>> {
  return listSorted(bookId, true);
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

/** Deletes binned rows for good, but only those still exactly as they were read. */
async function deleteBinnedRows(bookId: string, seen: SealedRow[]): Promise<number> {
  if (seen.length === 0) return 0;
  try {
    const d = await writableDb();
    return await d.transaction('rw', d.entries, async () => {
      const gone = await binnedRowsAsRead(d.entries, bookId, seen);
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
export async function purgeBinnedEntries(bookId: string, now: Date = new Date()): Promise<number> {
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
