import { DamagedRecordError } from '../crypto/errors';

import { db, writableDb } from './connection';
import type { RecordTable, SealedRow } from './database';
import { toStorageError } from './errors';
import { touchBook } from './book-activity';
import { requireKey } from './books-repo';
import { openValue, sealValue } from './sealing';

export interface RecordBase {
  id: string;
  bookId: string;
}

export interface RecordWrite<T extends RecordBase> {
  value: T;
  /** Opaque order within the book (never text the child wrote). */
  sortKey: string;
  kind: string;
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
      sortKey: w.sortKey,
      kind: w.kind,
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

async function openRows<T>(
  table: RecordTable,
  bookId: string,
  rows: SealedRow[],
): Promise<RecordList<T>> {
  const key = requireKey(bookId);
  const items: T[] = [];
  const damaged: string[] = [];
  const opened = await Promise.all(
    rows.map(async (row) => {
      try {
        return await openValue<T>(key, table, bookId, row.id, row);
      } catch (e) {
        if (e instanceof DamagedRecordError) return undefined;
        throw e;
      }
    }),
  );
  opened.forEach((v, i) => {
    if (v === undefined) damaged.push(rows[i]?.id ?? '');
    else items.push(v);
  });
  return { items, damaged };
}

/**
 * All records of one kind in a book, in sort-key order. The Dexie reads happen first and the
 * decryption after, so a live query sees every table it depends on before any non-Dexie await.
 */
export async function listRecords<T>(
  table: RecordTable,
  bookId: string,
  opts: { binned?: boolean } = {},
): Promise<RecordList<T>> {
  requireKey(bookId);
  const rows = await db()
    .table<SealedRow, string>(table)
    .where('[bookId+sortKey]')
    .between([bookId, ''], [bookId, '\uffff'])
    .toArray();
  const wanted = rows.filter((r) => (r.binned === 1) === (opts.binned ?? false));
  return openRows<T>(table, bookId, wanted);
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
  const { items } = await openRows<T>(table, bookId, [row]);
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
