import type { Page } from 'playwright-core';

import { withTimeout } from './browser';

/** One stored value, flattened: strings stay strings, every binary becomes base64. */
export type DumpedValue =
  | { kind: 'text'; value: string }
  | { kind: 'bytes'; base64: string }
  | { kind: 'other'; value: string };

export interface DumpedItem {
  /** Where it was found, e.g. `indexeddb:livsbog/books` or `cache:workbox-precache…`. */
  where: string;
  values: DumpedValue[];
}

export interface StorageDump {
  items: DumpedItem[];
  /** IndexedDB databases and stores seen, to prove the dump looked in the right places. */
  stores: string[];
  recordCount: number;
}

/**
 * Reads everything the page's origin keeps on disk: every IndexedDB database and object store
 * (keys and values, with Blobs and buffers as bytes), localStorage, sessionStorage, Cache Storage
 * (every response body) and the origin-private file system.
 */
export function dumpOriginStorage(page: Page, timeoutMs = 60_000): Promise<StorageDump> {
  const work = page.evaluate(async () => {
    const toBase64 = (bytes: Uint8Array): string => {
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    };

    /** Flattens a structured-clone value; Blob reads are async, so this runs after the cursor. */
    const flatten = async (value: unknown, out: unknown[], depth = 0): Promise<void> => {
      if (depth > 20) return;
      if (typeof value === 'string') out.push({ kind: 'text', value });
      else if (value instanceof Blob) {
        out.push({ kind: 'bytes', base64: toBase64(new Uint8Array(await value.arrayBuffer())) });
      } else if (value instanceof ArrayBuffer) {
        out.push({ kind: 'bytes', base64: toBase64(new Uint8Array(value)) });
      } else if (ArrayBuffer.isView(value)) {
        const view = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        out.push({ kind: 'bytes', base64: toBase64(view) });
      } else if (value instanceof CryptoKey) {
        out.push({ kind: 'other', value: `CryptoKey ${value.algorithm.name} ${value.type}` });
      } else if (value instanceof Date) out.push({ kind: 'other', value: value.toISOString() });
      else if (Array.isArray(value) || value instanceof Set) {
        for (const v of value) await flatten(v, out, depth + 1);
      } else if (value instanceof Map) {
        for (const [k, v] of value) {
          await flatten(k, out, depth + 1);
          await flatten(v, out, depth + 1);
        }
      } else if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) {
          out.push({ kind: 'text', value: k });
          await flatten(v, out, depth + 1);
        }
      } else if (
        typeof value === 'number' ||
        typeof value === 'boolean' ||
        typeof value === 'bigint'
      ) {
        out.push({ kind: 'other', value: String(value) });
      }
    };

    const request = <T>(r: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(r.error ?? new Error('IndexedDB request failed'));
        };
      });

    const items: { where: string; values: unknown[] }[] = [];
    const stores: string[] = [];
    let recordCount = 0;

    for (const info of await indexedDB.databases()) {
      if (info.name === undefined) continue;
      const openRequest = indexedDB.open(info.name);
      const db = await request(openRequest);
      try {
        for (const storeName of Array.from(db.objectStoreNames)) {
          stores.push(`${info.name}/${storeName}`);
          // Collect raw records with a cursor first: awaiting anything else inside the
          // transaction would let it commit under us.
          const records = await new Promise<{ key: unknown; value: unknown }[]>(
            (resolve, reject) => {
              const found: { key: unknown; value: unknown }[] = [];
              const tx = db.transaction(storeName, 'readonly');
              const cursorRequest = tx.objectStore(storeName).openCursor();
              cursorRequest.onsuccess = () => {
                const cursor = cursorRequest.result;
                if (cursor === null) return;
                found.push({ key: cursor.primaryKey, value: cursor.value });
                cursor.continue();
              };
              tx.oncomplete = () => {
                resolve(found);
              };
              tx.onerror = () => {
                reject(tx.error ?? new Error('IndexedDB transaction failed'));
              };
            },
          );
          for (const record of records) {
            const values: unknown[] = [];
            await flatten(record.key, values);
            await flatten(record.value, values);
            items.push({ where: `indexeddb:${info.name}/${storeName}`, values });
            recordCount += 1;
          }
        }
      } finally {
        db.close();
      }
    }

    for (const [where, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key === null) continue;
        items.push({
          where,
          values: [
            { kind: 'text', value: key },
            { kind: 'text', value: storage.getItem(key) ?? '' },
          ],
        });
      }
    }

    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const req of await cache.keys()) {
        const response = await cache.match(req);
        if (response === undefined) continue;
        const body = new Uint8Array(await response.arrayBuffer());
        items.push({
          where: `cache:${cacheName}`,
          values: [
            { kind: 'text', value: req.url },
            { kind: 'bytes', base64: toBase64(body) },
          ],
        });
      }
    }

    const walk = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
      // entries() is not in every TypeScript DOM lib yet.
      const entries = (
        dir as unknown as { entries: () => AsyncIterable<[string, FileSystemHandle]> }
      ).entries();
      for await (const [name, handle] of entries) {
        if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${path}/${name}`);
        else if (handle instanceof FileSystemFileHandle) {
          const file = await handle.getFile();
          items.push({
            where: `opfs:${path}/${name}`,
            values: [{ kind: 'bytes', base64: toBase64(new Uint8Array(await file.arrayBuffer())) }],
          });
        }
      }
    };
    try {
      await walk(await navigator.storage.getDirectory(), '');
    } catch {
      // No origin-private file system in this context: nothing stored there either.
    }

    return { items, stores, recordCount };
  });
  return withTimeout(work, timeoutMs, 'dumping the origin storage') as Promise<StorageDump>;
}

/** Every place in the dump where `needle` occurs, as text or as bytes. */
export function findInDump(dump: StorageDump, needle: string | Buffer): string[] {
  const bytes = typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle;
  const text = typeof needle === 'string' ? needle : undefined;
  const hits: string[] = [];
  for (const item of dump.items) {
    for (const value of item.values) {
      if (value.kind === 'bytes') {
        if (Buffer.from(value.base64, 'base64').includes(bytes)) hits.push(`${item.where} (bytes)`);
      } else if (text !== undefined && value.value.includes(text)) {
        hits.push(`${item.where} (text)`);
      }
    }
  }
  return hits;
}

/**
 * Plants a control the same ways the app stores things (a string and a Blob in IndexedDB, and
 * sessionStorage), so a search of storage that finds nothing of a secret is shown able to find.
 */
export function plantControl(page: Page, text: string, timeoutMs = 15_000): Promise<void> {
  return withTimeout(
    page.evaluate(async (control) => {
      sessionStorage.setItem('control', control);
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('e2e-control', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('things');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('things', 'readwrite');
          tx.objectStore('things').put({ note: `x${control}x` }, 'text');
          tx.objectStore('things').put(new Blob([`bytes:${control}`]), 'blob');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('write failed'));
          };
        };
      });
    }, text),
    timeoutMs,
    'planting the control',
  );
}
