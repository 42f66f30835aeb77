import type { Page } from 'playwright-core';

import { withTimeout } from './browser';

/**
 * Raw IndexedDB access from a test, past the app: what another build, a disk error or the
 * browser would do to the stored data. Each call opens its own connection at the current
 * version (no upgrade) and closes it again.
 */

export const APP_DB = 'livsbog';

/** The IndexedDB version of the app's database as the browser has it (Dexie's version × 10). */
export function storedVersion(page: Page): Promise<number | undefined> {
  return withTimeout(
    page.evaluate(async (name) => {
      const found = (await indexedDB.databases()).find((d) => d.name === name);
      return found?.version;
    }, APP_DB),
    15_000,
    'indexedDB.databases()',
  );
}

/** Puts one row in the `meta` store, as a newer build writing its schema version would. */
export function putMeta(page: Page, key: string, value: unknown): Promise<void> {
  return withTimeout(
    page.evaluate(
      async ({ name, row }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            resolve(open.result);
          };
          open.onerror = () => {
            reject(open.error ?? new Error('open failed'));
          };
        });
        try {
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('meta', 'readwrite');
            tx.objectStore('meta').put(row);
            tx.oncomplete = () => {
              resolve();
            };
            tx.onerror = () => {
              reject(tx.error ?? new Error('write failed'));
            };
          });
        } finally {
          db.close();
        }
      },
      { name: APP_DB, row: { key, value } },
    ),
    15_000,
    `putting meta ${key}`,
  );
}

/**
 * Every primary key of a store, in key order; with `where`, only those of rows whose index holds
 * that value (a photo's byte pieces: `{ index: 'photoId', value: id }`).
 */
export function storeKeys(
  page: Page,
  store: string,
  where?: { index: string; value: string },
): Promise<string[]> {
  return withTimeout(
    page.evaluate(
      async ({ name, storeName, by }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            resolve(open.result);
          };
          open.onerror = () => {
            reject(open.error ?? new Error('open failed'));
          };
        });
        try {
          return await new Promise<string[]>((resolve, reject) => {
            const all = db.transaction(storeName).objectStore(storeName);
            const request = by ? all.index(by.index).getAllKeys(by.value) : all.getAllKeys();
            request.onsuccess = () => {
              resolve(request.result.map(String));
            };
            request.onerror = () => {
              reject(request.error ?? new Error('read failed'));
            };
          });
        } finally {
          db.close();
        }
      },
      { name: APP_DB, storeName: store, by: where ?? null },
    ),
    15_000,
    `listing ${store}`,
  );
}

/**
 * Flips every bit of one byte in the middle of a stored row's `ct` (an ArrayBuffer for records,
 * a Blob for photo bytes), as a failing disk would. Returns the byte offset it changed.
 */
export function flipCiphertextByte(page: Page, store: string, id: string): Promise<number> {
  return withTimeout(
    page.evaluate(
      async ({ name, storeName, key }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onsuccess = () => {
            resolve(open.result);
          };
          open.onerror = () => {
            reject(open.error ?? new Error('open failed'));
          };
        });
        const inStore = <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>) =>
          new Promise<T>((resolve, reject) => {
            const request = act(db.transaction(storeName, mode).objectStore(storeName));
            request.onsuccess = () => {
              resolve(request.result);
            };
            request.onerror = () => {
              reject(request.error ?? new Error('request failed'));
            };
          });
        try {
          const row = (await inStore('readonly', (s) => s.get(key))) as
            { ct: ArrayBuffer | Blob } | undefined;
          if (row === undefined) throw new Error(`no row ${key} in ${storeName}`);
          // Blob reads are async: read first, then write in a transaction of its own.
          const isBlob = row.ct instanceof Blob;
          const bytes = new Uint8Array(
            isBlob ? await (row.ct as Blob).arrayBuffer() : (row.ct as ArrayBuffer).slice(0),
          );
          const offset = Math.floor(bytes.length / 2);
          bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
          const ct = isBlob ? new Blob([bytes]) : bytes.buffer;
          await inStore('readwrite', (s) => s.put({ ...row, ct }));
          return offset;
        } finally {
          db.close();
        }
      },
      { name: APP_DB, storeName: store, key: id },
    ),
    20_000,
    `damaging ${store}/${id}`,
  );
}
