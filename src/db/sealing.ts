import { openJson, sealJson } from '@/crypto';
import { DamagedRecordError } from '@/crypto';
import { toBase64 } from '@/crypto';

import type { SealedValue } from './database';
import { StorageError } from './errors';
import { decryptedCache } from './session';

/**
 * Additional authenticated data binds each ciphertext to its slot, so a sealed record cannot be
 * moved to another id, table or book without failing to open.
 */
export function aadFor(table: string, bookId: string, id: string): string {
  return `livsbog:${table}:${bookId}:${id}`;
}

export async function sealValue(
  key: CryptoKey,
  table: string,
  bookId: string,
  id: string,
  value: unknown,
): Promise<SealedValue> {
  const sealed = await sealJson(key, value, aadFor(table, bookId, id));
  return { iv: sealed.iv, ct: sealed.ct };
}

/** What opening one sealed value gave: its plaintext, or why it did not open. */
export type OpenOutcome<T> = { ok: true; value: T } | { ok: false; error: DamagedRecordError };

type Outcomes = Map<string, OpenOutcome<unknown>>;

/**
 * Opens in flight, per session cache: a record that two readers ask for at once (the unlock's
 * warm-up and the first page's query, say) is decrypted once. Each waits for the batch its
 * record is in, so a reader of 5,000 records awaits a few batches, not 5,000 promises. Keyed by
 * the cache object, so a lock (which drops the cache) drops these too.
 */
const inFlight = new WeakMap<Map<string, unknown>, Map<string, Promise<Outcomes>>>();

/**
 * Each IV's base64, worked out once per IV object: a row read while the key is derived is tagged
 * then (unlock-warmup.ts), so the order index's check and the cache keys after the unlock do not
 * spend the first screen's time on 5,000 conversions (issue 16). Keyed weakly by the array, so a
 * row the reader drops takes its tag with it; an IV is never changed in place once stored.
 */
const ivTags = new WeakMap<Uint8Array, string>();

export function ivTag(iv: Uint8Array): string {
  let tag = ivTags.get(iv);
  if (tag === undefined) {
    tag = toBase64(iv);
    ivTags.set(iv, tag);
  }
  return tag;
}

function cacheKeyOf(table: string, id: string, sealed: SealedValue): string {
  return `${table}:${id}:${ivTag(sealed.iv)}`;
}

interface Todo {
  cacheKey: string;
  id: string;
  sealed: SealedValue;
}

/**
 * Starts every decryption at once (WebCrypto runs them off the main thread) with one callback
 * each, rather than a chain of async functions each: per-row promises cost more main-thread time
 * than the decryption itself with thousands of rows, and more inside a live query, where Dexie
 * tracks every await (issue 16).
 */
function openBatch(
  key: CryptoKey,
  table: string,
  bookId: string,
  todo: readonly Todo[],
  cache: Map<string, unknown> | undefined,
): Promise<Outcomes> {
  const out: Outcomes = new Map();
  return Promise.all(
    todo.map(({ cacheKey, id, sealed }) =>
      openJson<unknown>(key, sealed, aadFor(table, bookId, id)).then(
        (value) => {
          // Not after a lock: the dropped cache must not gather plaintext again.
          if (cache && decryptedCache(bookId) === cache) cache.set(cacheKey, value);
          out.set(cacheKey, { ok: true, value });
        },
        (e: unknown) => {
          if (!(e instanceof DamagedRecordError)) throw e;
          const error = new DamagedRecordError(e.message, { recordId: id, cause: e });
          out.set(cacheKey, { ok: false, error });
        },
      ),
    ),
  ).then(() => out);
}

/**
 * Decryptions started at once. Each one's result comes back to the main thread as a task of its
 * own: thousands started together queue thousands of tasks ahead of React's next render, and of
 * the next decryption another page asks for. In batches, the next one starting a task after the
 * last result of the one before, a render or a tap waits for one batch at most (issue 16).
 */
export const OPEN_BATCH = 250;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Opens many sealed values of one table, in the order given, in batches of `OPEN_BATCH`. What
 * this session has opened already comes from its cache without a promise each; what another
 * reader is opening is waited for, not opened twice. A value that does not open is `{ ok: false }` with its error; any other
 * failure (a key that cannot decrypt, say) rejects.
 */
export async function openValues<T>(
  key: CryptoKey,
  table: string,
  bookId: string,
  rows: readonly (SealedValue & { id: string })[],
): Promise<OpenOutcome<T>[]> {
  const cache = decryptedCache(bookId);
  let pending = cache ? inFlight.get(cache) : undefined;
  if (cache && !pending) {
    pending = new Map();
    inFlight.set(cache, pending);
  }
  const outcomes: OpenOutcome<unknown>[] = new Array<OpenOutcome<unknown>>(rows.length);
  const waiting: { index: number; cacheKey: string; batch: Promise<Outcomes> }[] = [];
  const todo: (Todo & { index: number })[] = [];
  rows.forEach((row, index) => {
    const cacheKey = cacheKeyOf(table, row.id, row);
    if (cache?.has(cacheKey)) {
      outcomes[index] = { ok: true, value: cache.get(cacheKey) };
      return;
    }
    const batch = pending?.get(cacheKey);
    if (batch) waiting.push({ index, cacheKey, batch });
    else todo.push({ index, cacheKey, id: row.id, sealed: row });
  });
  let previous: Promise<Outcomes> | undefined;
  for (let start = 0; start < todo.length; start += OPEN_BATCH) {
    const part = todo.slice(start, start + OPEN_BATCH);
    const batch = previous
      ? previous.then(nextTask).then(() => {
          // A lock meanwhile: the rest stays sealed.
          if (cache && decryptedCache(bookId) !== cache) throw new StorageError('book-locked');
          return openBatch(key, table, bookId, part, cache);
        })
      : openBatch(key, table, bookId, part, cache);
    previous = batch;
    for (const t of part) {
      pending?.set(t.cacheKey, batch);
      waiting.push({ index: t.index, cacheKey: t.cacheKey, batch });
    }
    const settled = () => {
      for (const t of part) if (pending?.get(t.cacheKey) === batch) pending.delete(t.cacheKey);
    };
    void batch.then(settled, settled);
  }
  const batches = [...new Set(waiting.map((w) => w.batch))];
  const done = new Map(batches.map((b, i) => [b, i]));
  const results = await Promise.all(batches);
  for (const w of waiting) {
    const outcome = results[done.get(w.batch) ?? -1]?.get(w.cacheKey);
    if (!outcome) throw new Error(`record ${w.cacheKey} was not opened`); // a bug, not damage
    outcomes[w.index] = outcome;
  }
  return outcomes as OpenOutcome<T>[];
}

/** Opens a sealed value, remembering the plaintext per IV so live queries do not decrypt again. */
export async function openValue<T>(
  key: CryptoKey,
  table: string,
  bookId: string,
  id: string,
  sealed: SealedValue,
): Promise<T> {
  const [outcome] = await openValues<T>(key, table, bookId, [{ id, iv: sealed.iv, ct: sealed.ct }]);
  if (!outcome) throw new Error('nothing opened');
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
