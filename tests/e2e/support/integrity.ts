import type { Page } from 'playwright-core';

import { withTimeout } from './browser';

/**
 * Checks on the app's IndexedDB (`livsbog`) read raw, past the app, for the fault tests: is
 * every row where it belongs (integrity), and which rows changed (a digest per row).
 */

export const APP_DB_NAME = 'livsbog';

const RECORD_STORES = ['entries', 'people', 'photos', 'snapshots'] as const;

export interface BookCounts {
  entries: number;
  people: number;
  photos: number;
  snapshots: number;
  blobs: number;
}

export interface IntegrityReport {
  /** Every broken rule, in words; empty when the store is whole. */
  problems: string[];
  /** Rows per book id. */
  books: Record<string, BookCounts>;
}

/** A running or interrupted import's note, as stored in `meta`. */
export interface StoredJournal {
  key: string;
  kind: string;
  bookId?: string;
  total: number;
  added: string[];
}

/** Store name → primary key → SHA-256 of the row (with every Blob's bytes). */
export type StoreDigest = Record<string, Record<string, string>>;

/**
 * The rules a crash must never break: every entry, person, photo and snapshot row belongs to a
 * book that exists; every photo has exactly its `original` and `thumb` blob rows (a big item:
 * its pieces `chunk:000000`… with no gap, and a thumb or none), of its own book, and their bytes
 * can be read; no blob is left without its photo; no device key or
 * activity time for a book that is gone. Counts rows per book.
 */
export function checkIntegrity(page: Page, timeoutMs = 60_000): Promise<IntegrityReport> {
  const work = page.evaluate(
    async ({ name, recordStores }) => {
      const open = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(r.error ?? new Error('open failed'));
        };
      });
      type Row = Record<string, unknown>;
      const all = (store: string) =>
        new Promise<Row[]>((resolve, reject) => {
          const r = open.transaction(store, 'readonly').objectStore(store).getAll();
          r.onsuccess = () => {
            resolve(r.result as Row[]);
          };
          r.onerror = () => {
            reject(r.error ?? new Error(`reading ${store} failed`));
          };
        });
      const problems: string[] = [];
      const books: Record<
        string,
        {
          entries: number;
          people: number;
          photos: number;
          snapshots: number;
          blobs: number;
        }
      > = {};
      try {
        const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
        for (const b of await all('books')) {
          books[text(b.id)] = { entries: 0, people: 0, photos: 0, snapshots: 0, blobs: 0 };
        }
        const photoBook = new Map<string, string>();
        for (const store of recordStores) {
          for (const row of await all(store)) {
            const counts = books[text(row.bookId)];
            if (!counts) problems.push(`${store}/${text(row.id)}: no book ${text(row.bookId)}`);
            else counts[store] += 1;
            if (store === 'photos') photoBook.set(text(row.id), text(row.bookId));
          }
        }
        const roles = new Map<string, string[]>();
        for (const blob of await all('blobs')) {
          const id = text(blob.id);
          const photoId = text(blob.photoId);
          const counts = books[text(blob.bookId)];
          if (counts) counts.blobs += 1;
          else problems.push(`blobs/${id}: no book ${text(blob.bookId)}`);
          const owner = photoBook.get(photoId);
          if (owner === undefined) problems.push(`blobs/${id}: no photo ${photoId}`);
          else if (owner !== text(blob.bookId)) problems.push(`blobs/${id}: photo of another book`);
          // A big item's pieces: `<id>:chunk:<n>`, n zero-padded to six digits (media-repo.ts).
          const role = text(blob.role) === 'chunk' ? id.slice(photoId.length + 1) : text(blob.role);
          if (
            id !== `${photoId}:${role}` ||
            (text(blob.role) === 'chunk' && !/^chunk:\d{6}$/.test(role))
          )
            problems.push(`blobs/${id}: wrong id`);
          roles.set(photoId, [...(roles.get(photoId) ?? []), role]);
          const ct = blob.ct;
          if (!(ct instanceof Blob)) problems.push(`blobs/${id}: no ciphertext`);
          else {
            // A blob row whose file did not reach the disk fails here.
            try {
              const bytes = await ct.arrayBuffer();
              // An empty piece (a 0-byte item) is the 16-byte tag alone; nothing else is empty.
              const least = text(blob.role) === 'chunk' ? 16 : 17;
              if (bytes.byteLength < least) problems.push(`blobs/${id}: empty ciphertext`);
            } catch (e) {
              problems.push(`blobs/${id}: unreadable (${String(e)})`);
            }
          }
        }
        for (const photoId of photoBook.keys()) {
          const found = (roles.get(photoId) ?? []).sort();
          // A photo: its original and thumb. A big item: pieces 0…n-1 with no gap, a thumb or none.
          const pieces = found.filter((r) => r.startsWith('chunk:'));
          const whole = found.join(',') === 'original,thumb';
          const chunked =
            pieces.length > 0 &&
            pieces.every((r, n) => r === `chunk:${String(n).padStart(6, '0')}`) &&
            found.length - pieces.length === (found.includes('thumb') ? 1 : 0);
          if (!whole && !chunked) problems.push(`photos/${photoId}: blobs [${found.join(',')}]`);
        }
        for (const device of await all('devices')) {
          if (!books[text(device.bookId)]) problems.push(`devices/${text(device.bookId)}: no book`);
        }
        for (const meta of await all('meta')) {
          const m = /^(changed|exported):(.*)$/.exec(text(meta.key));
          if (m && !books[m[2] ?? '']) problems.push(`meta/${text(meta.key)}: no book`);
        }
      } finally {
        open.close();
      }
      return { problems, books };
    },
    { name: APP_DB_NAME, recordStores: RECORD_STORES },
  );
  return withTimeout(work, timeoutMs, 'checking the integrity of IndexedDB');
}

/**
 * A SHA-256 of every row of every store, computed in the page (Blobs with their bytes), so two
 * digests tell exactly which rows differ without moving megabytes of photos to Node.
 */
export function digestStores(page: Page, timeoutMs = 60_000): Promise<StoreDigest> {
  const work = page.evaluate(async (name) => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => {
        resolve(r.result);
      };
      r.onerror = () => {
        reject(r.error ?? new Error('open failed'));
      };
    });
    const hex = (buffer: ArrayBuffer) =>
      [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const sha = async (bytes: BufferSource) => hex(await crypto.subtle.digest('SHA-256', bytes));
    /** A stable text for any stored value: object keys sorted, bytes and Blobs as hashes. */
    const canonical = async (value: unknown): Promise<string> => {
      if (value instanceof Blob)
        return `blob(${value.type},${await sha(await value.arrayBuffer())})`;
      if (value instanceof ArrayBuffer) return `bytes(${await sha(value)})`;
      if (ArrayBuffer.isView(value)) {
        const view = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return `bytes(${await sha(view.slice())})`;
      }
      if (value instanceof CryptoKey) {
        return `key(${value.type},${JSON.stringify(value.algorithm)},${[...value.usages].sort().join('+')})`;
      }
      if (Array.isArray(value)) {
        const parts: string[] = [];
        for (const v of value) parts.push(await canonical(v));
        return `[${parts.join(',')}]`;
      }
      if (typeof value === 'object' && value !== null) {
        const parts: string[] = [];
        for (const k of Object.keys(value).sort()) {
          parts.push(
            `${JSON.stringify(k)}:${await canonical((value as Record<string, unknown>)[k])}`,
          );
        }
        return `{${parts.join(',')}}`;
      }
      // JSON has no `undefined`, which a stored object may still hold as a property's value.
      return value === undefined ? 'undefined' : JSON.stringify(value);
    };
    const digest: Record<string, Record<string, string>> = {};
    try {
      for (const store of Array.from(open.objectStoreNames)) {
        // Rows first, hashing after: awaiting anything else inside the transaction ends it.
        const rows = await new Promise<{ key: IDBValidKey; value: unknown }[]>(
          (resolve, reject) => {
            const found: { key: IDBValidKey; value: unknown }[] = [];
            const tx = open.transaction(store, 'readonly');
            const cursor = tx.objectStore(store).openCursor();
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (c === null) return;
              found.push({ key: c.primaryKey, value: c.value });
              c.continue();
            };
            tx.oncomplete = () => {
              resolve(found);
            };
            tx.onerror = () => {
              reject(tx.error ?? new Error(`reading ${store} failed`));
            };
          },
        );
        const out: Record<string, string> = {};
        for (const row of rows) {
          out[typeof row.key === 'string' ? row.key : JSON.stringify(row.key)] = await sha(
            new TextEncoder().encode(await canonical(row.value)),
          );
        }
        digest[store] = out;
      }
    } finally {
      open.close();
    }
    return digest;
  }, APP_DB_NAME);
  return withTimeout(work, timeoutMs, 'digesting IndexedDB');
}

/** The digest without the notes of running or interrupted imports (`meta` rows `import:…`). */
export function withoutJournals(digest: StoreDigest): StoreDigest {
  const meta = Object.fromEntries(
    Object.entries(digest.meta ?? {}).filter(([key]) => !key.startsWith('import:')),
  );
  return { ...digest, meta };
}

/** The import notes in `meta`, read raw. */
export function readJournals(page: Page, timeoutMs = 15_000): Promise<StoredJournal[]> {
  const work = page.evaluate(async (name) => {
    const open = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => {
        resolve(r.result);
      };
      r.onerror = () => {
        reject(r.error ?? new Error('open failed'));
      };
    });
    try {
      return await new Promise<StoredJournal[]>((resolve, reject) => {
        const range = IDBKeyRange.bound('import:', 'import:\uffff');
        const r = open.transaction('meta', 'readonly').objectStore('meta').getAll(range);
        r.onsuccess = () => {
          resolve(
            (r.result as { key: string; value: Omit<StoredJournal, 'key'> }[]).map((row) => ({
              key: row.key,
              ...row.value,
            })),
          );
        };
        r.onerror = () => {
          reject(r.error ?? new Error('reading meta failed'));
        };
      });
    } finally {
      open.close();
    }
  }, APP_DB_NAME);
  return withTimeout(work, timeoutMs, 'reading the import notes');
}

/**
 * Resolves, inside the page, as soon as a running import's note lists at least `minAdded`
 * stored photos: the moment to crash the tab in the middle of a photo import.
 */
export function waitForJournal(
  page: Page,
  kind: 'photos' | 'bundle',
  minAdded: number,
  timeoutMs = 60_000,
): Promise<StoredJournal> {
  const work = page.evaluate(
    async ({ name, kind: wanted, minAdded: least, deadline }) => {
      const open = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => {
          resolve(r.result);
        };
        r.onerror = () => {
          reject(r.error ?? new Error('open failed'));
        };
      });
      try {
        for (;;) {
          const rows = await new Promise<{ key: string; value: Omit<StoredJournal, 'key'> }[]>(
            (resolve, reject) => {
              const range = IDBKeyRange.bound('import:', 'import:\uffff');
              const r = open.transaction('meta', 'readonly').objectStore('meta').getAll(range);
              r.onsuccess = () => {
                resolve(r.result as { key: string; value: Omit<StoredJournal, 'key'> }[]);
              };
              r.onerror = () => {
                reject(r.error ?? new Error('reading meta failed'));
              };
            },
          );
          const hit = rows.find((r) => r.value.kind === wanted && r.value.added.length >= least);
          if (hit) return { key: hit.key, ...hit.value };
          // The page's own deadline, so no poll is left running after the test gave up.
          if (Date.now() > deadline) throw new Error(`no ${wanted} import note in time`);
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      } finally {
        open.close();
      }
    },
    { name: APP_DB_NAME, kind, minAdded, deadline: Date.now() + timeoutMs },
  );
  return withTimeout(work, timeoutMs + 5_000, `waiting for a ${kind} import note`);
}

/** Rows that differ between two digests, as `store/key` (added, removed or changed). */
export function digestDifferences(a: StoreDigest, b: StoreDigest): string[] {
  const out: string[] = [];
  for (const store of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const left = a[store] ?? {};
    const right = b[store] ?? {};
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      if (left[key] !== right[key]) out.push(`${store}/${key}`);
    }
  }
  return out.sort();
}
