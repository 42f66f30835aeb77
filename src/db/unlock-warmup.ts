import type { Entry, FuzzyDate } from '@/domain';

import { readDetails, requireKey } from './books-repo';
import type { RecordTable, SealedRow, SealedValue } from './database';
import { firstScreenEntries, planFirstScreen, setFirstEntries } from './first-entries';
import { buildOrderIndex, openOrderIndex, readOrderIndexRow, saveOrderIndex } from './order-index';
import { readRecordRows } from './records-repo';
import { openValues } from './sealing';
import { decryptedCache } from './session';

/** The other tables nearly every page of a book reads first: the cover, people, photos. */
const WARM_TABLES = ['people', 'photos'] as const satisfies readonly RecordTable[];

export interface UnlockWarmup {
  /**
   * The book is open: decrypt what was read into the session's cache, in the background. The
   * promise never rejects (tests await it; the app need not).
   */
  opened(): Promise<void>;
}

/**
 * A read that fails (a closed connection, a newer build) only loses the head start: the page's
 * own query reads again and reports what is wrong.
 */
function quietly<T>(read: Promise<T>): Promise<T | undefined> {
  return read.catch((): undefined => undefined);
}

/** After the next paint (or a moment, in a tab that does not paint), so the first screen shows. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, 100);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() => {
        clearTimeout(timer);
        done();
      });
    }
  });
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
  sealedIndex: SealedValue | undefined,
): Promise<void> {
  const key = requireKey(bookId);
  const [details, index] = await Promise.all([
    readDetails(bookId).catch(() => undefined),
    openOrderIndex(key, bookId, sealedIndex),
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
    setFirstEntries(bookId, cache, { items, total: rows.length });
    await afterPaint();
  } else {
    // No first screen: the timeline lists everything itself, sharing what is opened here.
    setFirstEntries(bookId, cache, undefined);
  }
  const all = await openEntryRows(key, bookId, rows);
  if (!items || plan?.stale) await saveOrderIndex(key, bookId, buildOrderIndex(all, birth));
}

/**
 * Reads a book's sealed rows and its sealed order index while its key is still being derived
 * (Argon2id takes a few hundred milliseconds in a worker; the reads overlap it). Once the book
 * opens, the first screen's entries are opened and shown first, then the rest of the entries,
 * people and photos into the session's cache while the page renders. The pages' own queries
 * then find their records opened, or being opened (sealing.ts shares an open in flight),
 * instead of starting over.
 *
 * The rows are ciphertext, readable while the book is locked anyway; nothing opens unless the
 * secret was right, and a wrong one leaves only garbage for the collector.
 */
export function warmBookRows(bookId: string): UnlockWarmup {
  const entries = quietly(readRecordRows('entries', bookId));
  const index = quietly(readOrderIndexRow(bookId));
  const others = WARM_TABLES.map((table) => quietly(readRecordRows(table, bookId)));
  return {
    async opened() {
      const cache = decryptedCache(bookId);
      // The timeline waits for the first screen rather than opening everything at once itself.
      setFirstEntries(bookId, cache, 'opening');
      try {
        const rows = await entries;
        if (rows) await openEntries(bookId, cache, rows, await index);
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
    },
  };
}
