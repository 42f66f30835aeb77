import { entrySortKey } from '@/domain';
import { photoSortKey, sortByKey } from '@/domain';
import type { Entry, FuzzyDate, Photo } from '@/domain';

import { db, writableDb } from './connection';
import type { RecordTable, SealedRow } from './database';
import { toStorageError } from './errors';
import { touchBook } from './book-activity';
import { requireKey } from './books-repo';
import { openValues, sealValue } from './sealing';

export interface RecordBase {
  id: string;
  bookId: string;
}

export interface RecordWrite<T extends RecordBase> {
  value: T;
  /**
   * The only clear field besides the ids: no kind and no date-shaped key is stored beside the
   * ciphertext (schema 2); lists are sorted after opening.
   */
  binned?: boolean;
}

export interface RecordList<T> {
  items: T[];
  /** Ids of records whose ciphertext no longer opens: shown as damaged, never hiding the rest. */
  damaged: string[];
}

/** Rows ready to store, sealed with a given key (an import seals for a book not yet stored). */
export function sealRecordRows<T extends RecordBase>(
  key: CryptoKey,
  table: RecordTable,
  bookId: string,
  writes: RecordWrite<T>[],
): Promise<SealedRow[]> {
  return Promise.all(
    writes.map(async (w) => ({
      id: w.value.id,
      bookId,
      binned: w.binned ? 1 : 0,
      ...(await sealValue(key, table, bookId, w.value.id, w.value)),
    })),
  );
}

/** Seals, then writes all rows in one transaction: all or nothing. */
export async function putRecords<T extends RecordBase>(
  table: RecordTable,
  bookId: string,
  writes: RecordWrite<T>[],
): Promise<void> {
  const rows = await sealRecordRows(requireKey(bookId), table, bookId, writes);
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.table(table), d.meta], async () => {
      await d.table<SealedRow, string>(table).bulkPut(rows);
      await touchBook(d, bookId);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/** The order key of an opened record: entries by date, photos by when taken, others by id. */
function orderKeyFor(table: RecordTable, birth?: FuzzyDate): (value: unknown) => string {
  if (table === 'entries') return (v) => entrySortKey(v as Entry, birth);
  if (table === 'photos') return (v) => photoSortKey(v as Photo);
  return (v) => (v as RecordBase).id;
}

/**
 * Opens rows and sorts what opened. Rows whose ciphertext no longer opens are named in `damaged`
 * (in row order); every other record still opens.
 */
export async function openRecordRows<T>(
  table: RecordTable,
  bookId: string,
  rows: SealedRow[],
  opts: { birth?: FuzzyDate } = {},
): Promise<RecordList<T>> {
  const key = requireKey(bookId);
  const damaged: string[] = [];
  const items: T[] = [];
  (await openValues<T>(key, table, bookId, rows)).forEach((outcome, i) => {
    if (outcome.ok) items.push(outcome.value);
    else damaged.push(rows[i]?.id ?? '');
  });
  return { items: sortByKey(items, orderKeyFor(table, opts.birth)), damaged };
}

/** The stored rows of a book's records, in the bin or not; nothing is opened. */
export function readRecordRows(
  table: RecordTable,
  bookId: string,
  binned = false,
): Promise<SealedRow[]> {
  return db()
    .table<SealedRow, string>(table)
    .where('[bookId+binned]')
    .equals([bookId, binned ? 1 : 0])
    .toArray();
}

/**
 * All records of one kind in a book, sorted after opening (nothing about the order is stored in
 * clear). The Dexie reads happen first and the decryption after, so a live query sees every
 * table it depends on before any non-Dexie await. `birth` places age-only entries.
 */
export async function listRecords<T>(
  table: RecordTable,
  bookId: string,
  opts: { binned?: boolean; birth?: FuzzyDate } = {},
): Promise<RecordList<T>> {
  requireKey(bookId);
  const rows = await readRecordRows(table, bookId, opts.binned ?? false);
  return openRecordRows<T>(table, bookId, rows, opts);
}

export async function countRecords(table: RecordTable, bookId: string): Promise<number> {
  return db().table<SealedRow, string>(table).where('[bookId+binned]').equals([bookId, 0]).count();
}

export async function getRecord<T>(
  table: RecordTable,
  bookId: string,
  id: string,
): Promise<T | undefined> {
  const row = await db().table<SealedRow, string>(table).get(id);
  if (row?.bookId !== bookId) return undefined;
  const { items } = await openRecordRows<T>(table, bookId, [row]);
  return items[0];
}

export async function deleteRecords(
  table: RecordTable,
  bookId: string,
  ids: string[],
): Promise<void> {
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.table(table), d.meta], async () => {
      const t = d.table<SealedRow, string>(table);
      const rows = await t.bulkGet(ids);
      await t.bulkDelete(rows.filter((r) => r?.bookId === bookId).map((r) => r?.id ?? ''));
      await touchBook(d, bookId);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}
