import { Dexie, type EntityTable, type Transaction } from 'dexie';

import type { Keyring } from '@/crypto';
import type { WrappedKey } from '@/crypto';
import type { BookCover } from '@/domain';

/**
 * The schema version of the data this build writes. Stored in the `meta` table as well as being
 * Dexie's version, because Dexie 4 opens a database of a higher version without complaint: the
 * meta row is what lets an older build notice newer data and refuse to write.
 */
export const SCHEMA_VERSION = 2;
export const DB_NAME = 'livsbog';

/** A sealed value: AES-GCM ciphertext and its IV. Only ids and the bin flag stay in clear. */
export interface SealedValue {
  iv: Uint8Array;
  ct: ArrayBuffer;
}

export interface BookRow {
  id: string;
  /** Readable while locked, so a child can find their own book on a shared tablet. */
  cover: BookCover;
  keyring: Keyring;
  details: SealedValue;
  createdAt: string;
}

export type RecordTable = (typeof RECORD_TABLES)[number];

/**
 * A sealed record. The kind and the date live only inside the ciphertext (version 1 kept a kind
 * and a date-shaped sort key in clear, which told a reader of the locked storage when each home
 * began); lists are sorted after opening (`domain/record-order.ts`).
 */
export interface SealedRow extends SealedValue {
  id: string;
  bookId: string;
  /** 1 while the item is in the bin; a number because IndexedDB cannot index booleans. */
  binned: 0 | 1;
}

/** The record tables, whose rows are `SealedRow`s. */
export const RECORD_TABLES = ['entries', 'people', 'photos', 'snapshots'] as const;

/**
 * Photo bytes and thumbnails, sealed; the ciphertext kept as a Blob so Chromium stores it as a file.
 * A picture larger than print size also has a `print` row since issue 16: the JPEG the book's
 * PDF draws, made at import so an export never decodes the original. Older photos have none
 * and the export scales them as before. `role` is not indexed, so the new role needed no
 * schema version: every delete goes by `photoId`, whatever the role.
 * Big items (voice, video, paper) have `chunk` rows instead of an `original`: `<id>:chunk:<n>`,
 * each the sealed `MEDIA_CHUNK_BYTES` from n × that size (`media-repo.ts`).
 */
export interface BlobRow {
  id: string;
  bookId: string;
  photoId: string;
  role: 'original' | 'thumb' | 'print' | 'chunk';
  iv: Uint8Array;
  ct: Blob;
}

/** "Remember on this device": a non-extractable device key and the data key wrapped by it. */
export interface DeviceRow {
  bookId: string;
  deviceKey: CryptoKey;
  wrapped: WrappedKey;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type LivsbogDb = Dexie & {
  books: EntityTable<BookRow, 'id'>;
  entries: EntityTable<SealedRow, 'id'>;
  people: EntityTable<SealedRow, 'id'>;
  photos: EntityTable<SealedRow, 'id'>;
  snapshots: EntityTable<SealedRow, 'id'>;
  blobs: EntityTable<BlobRow, 'id'>;
  devices: EntityTable<DeviceRow, 'bookId'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const SCHEMA_V1 = {
  books: 'id, createdAt',
  entries: 'id, bookId, [bookId+sortKey], [bookId+binned]',
  people: 'id, bookId, [bookId+sortKey], [bookId+binned]',
  photos: 'id, bookId, [bookId+sortKey], [bookId+binned]',
  snapshots: 'id, bookId, [bookId+sortKey]',
  blobs: 'id, bookId, photoId',
  devices: 'bookId',
  meta: 'key',
} as const;

/** Version 2: no kind and no date-shaped sort key beside the ciphertext, so no index on them. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  entries: 'id, bookId, [bookId+binned]',
  people: 'id, bookId, [bookId+binned]',
  photos: 'id, bookId, [bookId+binned]',
  snapshots: 'id, bookId, [bookId+binned]',
} as const;

/**
 * Strips the clear copies version 1 kept for indexing. The sealed record already holds the kind
 * and the date (the whole Entry, Photo or snapshot), so nothing is lost.
 */
async function stripClearFields(tx: Transaction): Promise<void> {
  for (const table of RECORD_TABLES) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        delete row.sortKey;
        delete row.kind;
      });
  }
}

export function createDb(name = DB_NAME): LivsbogDb {
  const db = new Dexie(name) as LivsbogDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(stripClearFields);
  return db;
}
