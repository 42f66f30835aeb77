import type { BookCover } from '@/domain';

import { db } from './connection';
import type { BookRow } from './database';

/**
 * The books on the shelf, covers only (readable while locked). Apart from books-repo.ts, which
 * unlocks and seals: the start page reads covers and needs none of the cryptography.
 */
export interface BookSummary {
  id: string;
  cover: BookCover;
  createdAt: string;
}

export async function listBooks(): Promise<BookSummary[]> {
  const d = db();
  // In a transaction of its own, which Dexie 4's optimistic query cache stays out of: that cache
  // could keep a deleted book on the shelf after "delete the book" led back to it.
  const rows = await d.transaction('r', d.books, () => d.books.orderBy('createdAt').toArray());
  return rows.map(summaryOf);
}

export function summaryOf(row: BookRow): BookSummary {
  return { id: row.id, cover: row.cover, createdAt: row.createdAt };
}

export async function getBookSummary(id: string): Promise<BookSummary | undefined> {
  const r = await db().books.get(id);
  return r ? summaryOf(r) : undefined;
}
