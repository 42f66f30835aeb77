/**
 * Database helpers for tests: a fresh, empty database for every test, a byte-exact dump of every
 * store (to prove that a failed write changed nothing), and a simulated reload of the app that
 * keeps the stored data but forgets the connection and every in-memory key.
 */
import './same-realm-clone';

import { cleanup } from '@testing-library/react';
import type { Dexie } from 'dexie';
import { afterEach, beforeEach } from 'vitest';

import { db, resetConnectionForTests } from '@/db';
import { createDb, type LivsbogDb } from '@/db';
import { lockAll, lockBook } from '@/db';

/** Every book id currently stored, so their keys and PINs can be dropped; [] when unreadable. */
async function storedBookIds(): Promise<string[]> {
  try {
    return await db().books.toCollection().primaryKeys();
  } catch {
    return [];
  }
}

/** Locks every book (dropping PINs too), then closes and deletes the database. */
export async function resetDatabase(): Promise<void> {
  for (const id of await storedBookIds()) lockBook(id);
  lockAll();
  await resetConnectionForTests();
}

/**
 * Gives each test of the calling file an empty database and a session without keys. The rendered
 * tree is unmounted first, so no live query is left reading a database that is being deleted.
 */
export function withFreshDatabase(): void {
  beforeEach(async () => {
    await resetDatabase();
  });
  afterEach(async () => {
    cleanup();
    await resetDatabase();
  });
}

// ---- a stable, byte-exact serialization of every store -------------------------------------

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function tag(value: object): string {
  return Object.prototype.toString.call(value);
}

/**
 * Turns a stored row into plain JSON: bytes and blobs become hex, a CryptoKey (whose bytes no
 * script can read) becomes its visible properties, object keys are sorted.
 */
async function toPlain(value: unknown): Promise<Plain> {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (typeof value !== 'object') throw new TypeError(`Cannot dump a ${typeof value}`);
  if (value instanceof Blob) {
    return { $blob: hex(new Uint8Array(await value.arrayBuffer())), type: value.type };
  }
  if (tag(value) === '[object ArrayBuffer]') {
    return { $bytes: hex(new Uint8Array(value as ArrayBuffer)) };
  }
  if (ArrayBuffer.isView(value)) {
    const view = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { $bytes: hex(view), view: tag(value) };
  }
  if (tag(value) === '[object CryptoKey]') {
    const key = value as CryptoKey;
    return {
      $cryptoKey: key.type,
      algorithm: await toPlain(key.algorithm),
      extractable: key.extractable,
      usages: [...key.usages].sort(),
    };
  }
  if (Array.isArray(value)) return Promise.all(value.map((v: unknown) => toPlain(v)));
  const out: Record<string, Plain> = {};
  for (const k of Object.keys(value).sort()) {
    out[k] = await toPlain((value as Record<string, unknown>)[k]);
  }
  return out;
}

export type StoreDump = Record<string, Plain[]>;

/** Every row of every table, in primary-key order, as plain JSON. */
export async function dumpStoreRows(database: LivsbogDb = db()): Promise<StoreDump> {
  const dump: StoreDump = {};
  const tables = [...database.tables].sort((a, b) => a.name.localeCompare(b.name));
  for (const table of tables) {
    const rows: unknown[] = await table.toArray();
    dump[table.name] = await Promise.all(rows.map((r) => toPlain(r)));
  }
  return dump;
}

/**
 * A stable serialization of the whole database: compare two dumps to assert that the store is
 * unchanged byte for byte. Bytes and blobs appear as lower-case hex.
 */
export async function dumpAllStores(database: LivsbogDb = db()): Promise<string> {
  return JSON.stringify(await dumpStoreRows(database), null, 1);
}

/** Lower-case hex of a string's UTF-8 bytes, to search a dump for plaintext inside bytes. */
export function utf8Hex(text: string): string {
  return hex(new TextEncoder().encode(text));
}

// ---- reloading the app over the same data --------------------------------------------------

/** Raw copies of every row of every table (structured clones, as IndexedDB returns them). */
async function copyRows(): Promise<Record<string, unknown[]>> {
  const d = db();
  const rows: Record<string, unknown[]> = {};
  for (const table of d.tables) rows[table.name] = await table.toArray();
  return rows;
}

export interface ReloadOptions {
  /** Keep the keys in memory (default false: a reload forgets every key, like a real one). */
  keepSession?: boolean;
  /**
   * Runs against the stored data while no app connection is open: the place to plant data an
   * older or newer build would have written.
   */
  before?: (raw: Dexie) => Promise<void>;
  /**
   * Opens the raw database the rows are written back with (default: this build's schema). Pass
   * an older schema to plant data the way an older build stored it.
   */
  writeWith?: () => Dexie;
}

/**
 * Simulates closing and reopening the app: the stored data stays, the connection (and its cached
 * schema check) is forgotten, and unless asked otherwise every book is locked. The next storage
 * call opens a new connection, as a freshly loaded page would.
 */
export async function simulateReload(opts: ReloadOptions = {}): Promise<void> {
  const rows = await copyRows();
  if (!opts.keepSession) {
    for (const id of await storedBookIds()) lockBook(id);
    lockAll();
  }
  // The only way to forget the app's connection deletes the database: write the rows back.
  await resetConnectionForTests();
  const raw = opts.writeWith?.() ?? createDb();
  try {
    await raw.transaction('rw', raw.tables, async () => {
      for (const table of raw.tables) await table.bulkAdd(rows[table.name] ?? []);
    });
    await opts.before?.(raw);
  } finally {
    raw.close();
  }
}
