import { requireKey } from './books-repo';
import type { RecordTable, SealedRow } from './database';
import { readRecordRows } from './records-repo';
import { openValues } from './sealing';

/** The tables nearly every page of a book reads first: the timeline, the cover, people, photos. */
const WARM_TABLES = ['entries', 'people', 'photos'] as const satisfies readonly RecordTable[];

export interface UnlockWarmup {
  /**
   * The book is open: decrypt what was read into the session's cache, in the background. The
   * promise never rejects (tests await it; the app need not).
   */
  opened(): Promise<void>;
}

/**
 * Reads a book's sealed rows while its key is still being derived (Argon2id takes a few hundred
 * milliseconds in a worker; the reads overlap it), and once the book opens, decrypts them into
 * the session's cache while the page renders. The first page's own query then finds its records
 * opened, or being opened (sealing.ts shares an open in flight), instead of starting over: with
 * 5,000 entries that is most of the time between the unlock and the first paint.
 *
 * The rows are ciphertext, readable while the book is locked anyway; nothing opens unless the
 * secret was right, and a wrong one leaves only garbage for the collector.
 */
export function warmBookRows(bookId: string): UnlockWarmup {
  const reads = WARM_TABLES.map((table) =>
    readRecordRows(table, bookId).then(
      (rows): [RecordTable, SealedRow[]] => [table, rows],
      // A read that fails (a closed connection, a newer build) only loses the head start: the
      // page's own query reads again and reports what is wrong.
      (): undefined => undefined,
    ),
  );
  return {
    async opened() {
      await Promise.all(
        reads.map((read) =>
          read
            .then((got) =>
              // Into the cache only: the page's query sorts what it lists.
              got ? openValues(requireKey(bookId), got[0], bookId, got[1]) : undefined,
            )
            .catch(() => {
              // As above: the page's query opens what did not open here, and shows damage itself.
            }),
        ),
      );
    },
  };
}
