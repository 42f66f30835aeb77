import type { EntityTable } from 'dexie';

import type { SealedRow } from './database';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * Of binned rows read earlier, those still in this book's bin exactly as they were read. Call it
 * inside the transaction that deletes them: if another tab restored or changed a record in the
 * meantime (a new IV), it is left alone. Deciding what to delete happens outside the transaction,
 * because opening a sealed value is WebCrypto work.
 */
export async function binnedRowsAsRead(
  table: EntityTable<SealedRow, 'id'>,
  bookId: string,
  seen: readonly SealedRow[],
): Promise<SealedRow[]> {
  const now = await table.bulkGet(seen.map((r) => r.id));
  return seen.filter((before, i) => {
    const row = now[i];
    return row?.bookId === bookId && row.binned === 1 && sameBytes(row.iv, before.iv);
  });
}
