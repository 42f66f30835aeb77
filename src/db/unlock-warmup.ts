import type { Entry, FuzzyDate } from '@/domain';

import { openDetails, readDetails, readSealedDetails, requireKey } from './books-repo';
import type { RecordTable, SealedRow, SealedValue } from './database';
import {
  firstScreenEntries,
  firstScreenPainted,
  planFirstScreen,
  setFirstEntries,
} from './first-entries';
import { buildOrderIndex, openOrderIndex, readOrderIndexRow, saveOrderIndex } from './order-index';
import { readRecordRows } from './records-repo';
import { ivTag, openValues } from './sealing';
import { decryptedCache, isUnlocked, subscribeSession } from './session';

/** The other tables nearly every page of a book reads first: the cover, people, photos. */
const WARM_TABLES = ['people', 'photos'] as const satisfies readonly RecordTable[];

/** How long the rest waits for the first screen's paint when no page says it painted. */
const PAINT_WAIT_MS = 1000;

export interface UnlockWarmup {
  /**
   * The book is open: decrypt what was read into the session's cache, in the background. It
   * starts by itself the moment the key is there; this returns that run (or starts it). The
   * promise never rejects (tests await it; the app need not).
   */
  opened(): Promise<void>;
  /** The secret was wrong: stop waiting for the book to open. */
  stop(): void;
}

/**
 * A read that fails (a closed connection, a newer build) only loses the head start: the page's
 * own query reads again and reports what is wrong.
 */
function quietly<T>(read: Promise<T>): Promise<T | undefined> {
  return read.catch((): undefined => undefined);
}

/** Tags each row's IV (sealing.ts) while the key is still being derived and the thread idle. */
function tagged(rows: SealedRow[]): SealedRow[] {
  for (const row of rows) ivTag(row.iv);
  return rows;
}

async function openEntryRows(
  key: CryptoKey,
  bookId: string,
  rows: readonly SealedRow[],
): Promise<{ row: SealedRow; entry: Entry }[]> {
  const outcomes = await openValues<Entry>(key, 'entries', bookId, rows);
  return outcomes.flatMap((o, i) => {
    const row = rows[i];
    return o.ok && row ? [{ row, entry: o.value }] : [];
  });
}

/**
 * Opens the first screen's entries (by the sealed order index) and shows them, then every other
 * entry (in batches, sealing.ts), then writes the index again if it no longer matched. Without a
 * usable index the first screen is left to the timeline's own query, which opens everything.
 */
async function openEntries(
  bookId: string,
  cache: Map<string, unknown> | undefined,
  rows: SealedRow[],
  sealed: { index: SealedValue | undefined; details: SealedValue | undefined },
): Promise<void> {
  const key = requireKey(bookId);
  const [details, index] = await Promise.all([
    (sealed.details ? openDetails(bookId, sealed.details) : readDetails(bookId)).catch(
      () => undefined,
    ),
    openOrderIndex(key, bookId, sealed.index),
  ]);
  const birth: FuzzyDate | undefined = details?.birthDate;
  const plan = planFirstScreen(index, rows, birth);
  const first = plan ? await openEntryRows(key, bookId, plan.open) : [];
  const items = plan
    ? firstScreenEntries(
        plan,
        first.map((o) => o.entry),
        birth,
      )
    : undefined;
  if (items) {
    const painted = firstScreenPainted(bookId, PAINT_WAIT_MS);
    setFirstEntries(bookId, cache, { items, total: rows.length });
    await painted;
  } else {
    // No first screen: the timeline lists everything itself, sharing what is opened here.
    setFirstEntries(bookId, cache, undefined);
  }
  const all = await openEntryRows(key, bookId, rows);
  if (!items || plan?.stale) await saveOrderIndex(key, bookId, buildOrderIndex(all, birth));
}

/**
 * Reads a book's sealed rows and its sealed order index while its key is still being derived
 * (Argon2id takes a few hundred milliseconds in a worker; the reads overlap it, and each row's IV
 * is tagged then). The moment the key is there, the first screen's entries are opened and shown
 * first; once the page has painted them, the rest of the entries, people and photos are opened
 * into the session's cache. The pages' own queries
 * then find their records opened, or being opened (sealing.ts shares an open in flight),
 * instead of starting over.
 *
 * The rows are ciphertext, readable while the book is locked anyway; nothing opens unless the
 * secret was right, and a wrong one leaves only garbage for the collector.
 */
export function warmBookRows(bookId: string): UnlockWarmup {
  const entries = quietly(readRecordRows('entries', bookId).then(tagged));
  const index = quietly(readOrderIndexRow(bookId));
  const details = quietly(readSealedDetails(bookId));
  const others = WARM_TABLES.map((table) => quietly(readRecordRows(table, bookId)));
  let run: Promise<void> | undefined;
  const open = () => (run ??= openAll());
  // Started from the session's notice, before the unlock's caller (and React) hear of it.
  const unsubscribe = subscribeSession(() => {
    if (isUnlocked(bookId)) {
      unsubscribe();
      void open();
    }
  });

  async function openAll(): Promise<void> {
    const cache = decryptedCache(bookId);
    // The timeline waits for the first screen rather than opening everything at once itself.
    setFirstEntries(bookId, cache, 'opening');
    try {
      const rows = await entries;
      if (rows) {
        await openEntries(bookId, cache, rows, { index: await index, details: await details });
      }
    } catch {
      // A lock meanwhile, a read that failed: the page's own query opens what it needs.
    } finally {
      setFirstEntries(bookId, cache, undefined);
    }
    await Promise.all(
      others.map(async (read, i) => {
        const rows = await read;
        const table = WARM_TABLES[i];
        if (!rows || !table) return;
        try {
          // Into the cache only: the page's query sorts what it lists.
          await openValues(requireKey(bookId), table, bookId, rows);
        } catch {
          // As above: the page's query opens what did not open here, and shows damage itself.
        }
      }),
    );
  }

  return {
    opened() {
      unsubscribe();
      return open();
    },
    stop: unsubscribe,
  };
}
