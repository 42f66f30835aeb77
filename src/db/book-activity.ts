import { nowIso } from '@/domain';

import { db } from './connection';
import type { LivsbogDb } from './database';

/*
 * When a book last changed and when it was last exported, for the "time to export" reminder
 * (the export is also the backup). Two timestamps per book in the clear `meta` table: they say
 * that something changed, never what, and the reminder must work before the book is opened.
 */

const changedKey = (bookId: string) => `changed:${bookId}`;
const exportedKey = (bookId: string) => `exported:${bookId}`;

export const ACTIVITY_KEYS = (bookId: string): string[] => [
  changedKey(bookId),
  exportedKey(bookId),
];

/** Notes a change; call inside the write's own transaction (with `meta` in its scope). */
export async function touchBook(d: LivsbogDb, bookId: string, at = nowIso()): Promise<void> {
  await d.meta.put({ key: changedKey(bookId), value: at });
}

/** The book's "changed" time as stored; undefined when it has none. */
export async function changedAt(d: LivsbogDb, bookId: string): Promise<string | undefined> {
  const row = await d.meta.get(changedKey(bookId));
  return typeof row?.value === 'string' ? row.value : undefined;
}

/**
 * Puts back an earlier "changed" time (none: the row goes), for undoing a write whose every
 * trace is removed again; call inside that transaction.
 */
export async function restoreChanged(
  d: LivsbogDb,
  bookId: string,
  at: string | undefined,
): Promise<void> {
  if (at === undefined) await d.meta.delete(changedKey(bookId));
  else await d.meta.put({ key: changedKey(bookId), value: at });
}

export async function markExported(d: LivsbogDb, bookId: string, at = nowIso()): Promise<void> {
  await d.meta.put({ key: exportedKey(bookId), value: at });
}

export interface BookActivity {
  changedAt?: string;
  exportedAt?: string;
}

export async function bookActivity(bookId: string): Promise<BookActivity> {
  const [changed, exported] = await db().meta.bulkGet([changedKey(bookId), exportedKey(bookId)]);
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const changedAt = text(changed?.value);
  const exportedAt = text(exported?.value);
  return { ...(changedAt ? { changedAt } : {}), ...(exportedAt ? { exportedAt } : {}) };
}
