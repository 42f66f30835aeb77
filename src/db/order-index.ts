import { openJson, sealJson } from '@/crypto';
import { entrySortKey } from '@/domain';
import type { Entry, FuzzyDate } from '@/domain';

import { db, writableDb } from './connection';
import type { SealedRow, SealedValue } from './database';
import { aadFor, ivTag } from './sealing';

/*
 * The timeline's order, sealed: one `meta` row per book holding each entry's id, the IV of the
 * row it was worked out from and its sort key. With it the first screen opens only its own
 * entries instead of all of them (issue 16). Nothing of it is in clear: the row is sealed with
 * the book's key like every record, bound to its slot by the AAD.
 *
 * The index is a hint that checks itself. A row whose IV is not the one in the index (written
 * since), or that the index does not name, is opened too before the first screen; a row the
 * index names that is gone is skipped. Too many such rows, another birth date (age-only dates
 * move), another version of the order or an index that does not open: everything is opened, as
 * without an index. After everything is open the index is written again if it was stale.
 */

/** Bumped whenever `entrySortKey` changes: an index of another version is not trusted. */
export const ORDER_INDEX_VERSION = 1;
/** More rows than this not in the index (a merged pack, say): opening them all is as quick. */
export const MAX_UNKNOWN_ROWS = 200;
const SLOT = 'order-entries';

export const orderIndexKey = (bookId: string): string => `order:entries:${bookId}`;

/** One entry of the index: id, the IV (base64) of the row it was read from, its sort key. */
export type OrderItem = [id: string, iv: string, key: string];

export interface OrderIndex {
  version: number;
  /** The birth date the keys were worked out with (age-only dates depend on it), as JSON. */
  birth: string;
  /** In timeline order. */
  items: OrderItem[];
}

export function birthTag(birth: FuzzyDate | undefined): string {
  return JSON.stringify(birth ?? null);
}

function isOrderIndex(value: unknown): value is OrderIndex {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof OrderIndex, unknown>>;
  const isItem = (i: unknown) =>
    Array.isArray(i) && i.length === 3 && i.every((part) => typeof part === 'string');
  return (
    typeof v.version === 'number' &&
    typeof v.birth === 'string' &&
    Array.isArray(v.items) &&
    v.items.every(isItem)
  );
}

function isSealedValue(value: unknown): value is SealedValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SealedValue>;
  return v.iv instanceof Uint8Array && v.ct instanceof ArrayBuffer;
}

/** The sealed index as stored (ciphertext, readable while the book is locked); none: undefined. */
export async function readOrderIndexRow(bookId: string): Promise<SealedValue | undefined> {
  const row = await db().meta.get(orderIndexKey(bookId));
  return isSealedValue(row?.value) ? row.value : undefined;
}

/** Opens the index; one that does not open or is not an index is treated as none. */
export async function openOrderIndex(
  key: CryptoKey,
  bookId: string,
  sealed: SealedValue | undefined,
): Promise<OrderIndex | undefined> {
  if (!sealed) return undefined;
  try {
    const value = await openJson<unknown>(key, sealed, aadFor('meta', bookId, SLOT));
    return isOrderIndex(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The index of the opened entries, each with the IV of the row it was opened from. */
export function buildOrderIndex(
  opened: readonly { row: SealedRow; entry: Entry }[],
  birth: FuzzyDate | undefined,
): OrderIndex {
  const items = opened
    .map(({ row, entry }): OrderItem => [row.id, ivTag(row.iv), entrySortKey(entry, birth)])
    .sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  return { version: ORDER_INDEX_VERSION, birth: birthTag(birth), items };
}

/**
 * Stores the index. Only a hint: a failure (read-only, full disk, a closed connection) is
 * ignored, and a write that raced another tab's leaves rows the next open checks again.
 */
export async function saveOrderIndex(
  key: CryptoKey,
  bookId: string,
  index: OrderIndex,
): Promise<void> {
  try {
    const sealed = await sealJson(key, index, aadFor('meta', bookId, SLOT));
    const d = await writableDb();
    await d.meta.put({ key: orderIndexKey(bookId), value: { iv: sealed.iv, ct: sealed.ct } });
  } catch {
    // The next unlock opens everything, as without an index, and tries again.
  }
}
