import type { Entry } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE, entryWrite, makeBook, makeEntry } from '@/testing/factories';

import { db } from './connection';
import { deleteBook, unlockBySentence } from './books-repo';
import { firstEntries, FIRST_SCREEN_ENTRIES, paintedFirstScreen } from './first-entries';
import { subscribeFirstEntries } from './first-entries';
import { orderIndexKey, readOrderIndexRow } from './order-index';
import { OPEN_BATCH } from './sealing';
import { listRecords, openRecordRows, putRecords, readRecordRows } from './records-repo';
import { decryptedCache, lockBook } from './session';
import { warmBookRows } from './unlock-warmup';

withFreshDatabase();

async function bookWithEntries(count: number): Promise<string> {
  const { id } = await makeBook();
  await putRecords(
    'entries',
    id,
    Array.from({ length: count }, (_, i) => entryWrite(makeEntry(id, { title: `entry ${i}` }))),
  );
  lockBook(id);
  return id;
}

/** An unlocked book of `count` entries and its entries' sealed rows, as a reader finds them. */
async function unlockedRows(count: number) {
  const id = await bookWithEntries(count);
  await unlockBySentence(id, KNOWN_SENTENCE);
  return { id, rows: await readRecordRows('entries', id) };
}

/** Counts AES-GCM decryptions from now until `restore`. */
function countDecrypts(): { count: () => number; restore: () => void } {
  const spy = vi.spyOn(crypto.subtle, 'decrypt');
  const before = spy.mock.calls.length;
  return {
    count: () => spy.mock.calls.length - before,
    restore: () => {
      spy.mockRestore();
    },
  };
}

/** How many AES-GCM decryptions `run` makes, its own assertions included. */
async function decryptsDuring(run: () => Promise<void>): Promise<number> {
  const decrypts = countDecrypts();
  try {
    await run();
    return decrypts.count();
  } finally {
    decrypts.restore();
  }
}

describe('warmBookRows', () => {
  it('leaves the first page nothing to decrypt', async () => {
    const id = await bookWithEntries(6);
    const warmup = warmBookRows(id);
    await unlockBySentence(id, KNOWN_SENTENCE);
    await warmup.opened();
    const decrypts = await decryptsDuring(async () => {
      expect((await listRecords('entries', id)).items).toHaveLength(6);
    });
    expect(decrypts).toBe(0);
  });

  it('opens a record once when two readers ask for it at the same time', async () => {
    const { id, rows } = await unlockedRows(6);
    const decrypts = await decryptsDuring(async () => {
      const [a, b] = await Promise.all([
        openRecordRows<Entry>('entries', id, rows),
        openRecordRows<Entry>('entries', id, rows),
      ]);
      expect(a.items).toHaveLength(6);
      expect(b.items.map((e) => e.id)).toEqual(a.items.map((e) => e.id));
    });
    // Six entries read twice at once: six decryptions, not twelve.
    expect(decrypts).toBe(6);
  });

  it('opens only the rows another reader is not already opening', async () => {
    const { id, rows } = await unlockedRows(6);
    const decrypts = await decryptsDuring(async () => {
      const [some, all] = await Promise.all([
        openRecordRows<Entry>('entries', id, rows.slice(0, 4)),
        openRecordRows<Entry>('entries', id, rows),
      ]);
      expect(some.items).toHaveLength(4);
      expect(all.items).toHaveLength(6);
    });
    expect(decrypts).toBe(6);
  });

  it('keeps nothing it opened after the book locked', async () => {
    const { id, rows } = await unlockedRows(6);
    const cache = decryptedCache(id);
    const opening = openRecordRows<Entry>('entries', id, rows);
    lockBook(id);
    await opening.catch(() => undefined);
    expect(cache?.size).toBe(0);
  });

  it('opens nothing for a wrong sentence, and the page still opens after the right one', async () => {
    const id = await bookWithEntries(2);
    const wrong = warmBookRows(id);
    await expect(unlockBySentence(id, 'not the sentence at all here')).rejects.toThrow();
    wrong.stop();
    const again = warmBookRows(id);
    const decrypts = countDecrypts();
    try {
      await unlockBySentence(id, KNOWN_SENTENCE);
      await again.opened();
      // The key's unwrap, the details and two entries: the stopped warm-up opened nothing.
      expect(decrypts.count()).toBe(4);
    } finally {
      decrypts.restore();
    }
    expect((await listRecords('entries', id)).items).toHaveLength(2);
  });

  it('starts opening the moment the key is there, before the unlock returns', async () => {
    const id = await bookWithEntries(3);
    const warmup = warmBookRows(id);
    await unlockBySentence(id, KNOWN_SENTENCE);
    // Nobody called opened() yet: the session's notice started it.
    expect(firstEntries(id)).toBe('opening');
    await warmup.opened();
    expect(firstEntries(id)).toBeUndefined();
  });

  it('does not reject when the book locks again before the rows are opened', async () => {
    const id = await bookWithEntries(3);
    const warmup = warmBookRows(id);
    await unlockBySentence(id, KNOWN_SENTENCE);
    lockBook(id);
    await expect(warmup.opened()).resolves.toBeUndefined();
  });
});

/** Unlocks with the warm-up, as the lock screen does; returns every first screen shown. */
async function unlockWarm(id: string) {
  const shown: { ids: string[]; total: number; decrypts: number }[] = [];
  const decrypts = countDecrypts();
  const stop = subscribeFirstEntries(() => {
    const first = firstEntries(id);
    if (first && first !== 'opening') {
      shown.push({
        ids: first.items.map((e) => e.id),
        total: first.total,
        decrypts: decrypts.count(),
      });
      // As the timeline does once it has painted them.
      paintedFirstScreen(id);
    }
  });
  try {
    const warmup = warmBookRows(id);
    await unlockBySentence(id, KNOWN_SENTENCE);
    await warmup.opened();
  } finally {
    stop();
    decrypts.restore();
  }
  return shown;
}

/** 100 entries a month apart, written in reverse, so the stored order is not the timeline's. */
async function bigBook(): Promise<{ id: string; order: string[] }> {
  const { id } = await makeBook();
  const entries = Array.from({ length: 100 }, (_, i) =>
    makeEntry(id, {
      title: `entry ${i}`,
      date: { year: 2011 + Math.floor(i / 12), month: (i % 12) + 1 },
    }),
  );
  await putRecords('entries', id, [...entries].reverse().map(entryWrite));
  lockBook(id);
  return { id, order: entries.map((e) => e.id) };
}

describe('the first screen after an unlock', () => {
  it('shows the first entries in timeline order, opened before the rest, once the index is there', async () => {
    const { id, order } = await bigBook();
    // No index yet: nothing partial is shown; everything opens, and the index is written.
    expect(await unlockWarm(id)).toEqual([]);
    expect(await readOrderIndexRow(id)).toBeDefined();
    lockBook(id);

    const [first, ...more] = await unlockWarm(id);
    expect(more).toEqual([]);
    expect(first?.ids).toEqual(order.slice(0, FIRST_SCREEN_ENTRIES));
    expect(first?.total).toBe(100);
    // The key's unwrap, the details, the index and the first screen's own entries: not the rest.
    expect(first?.decrypts).toBeLessThanOrEqual(FIRST_SCREEN_ENTRIES + 3);
    // It ends once everything is open, and the whole list is as without an index.
    expect(firstEntries(id)).toBeUndefined();
    expect((await listRecords<Entry>('entries', id)).items.map((e) => e.id)).toEqual(order);
  });

  it('opens the rest only once the page has painted the first screen', async () => {
    const { id, order } = await bigBook();
    await unlockWarm(id);
    lockBook(id);

    const decrypts = countDecrypts();
    try {
      const warmup = warmBookRows(id);
      await unlockBySentence(id, KNOWN_SENTENCE);
      await vi.waitFor(() => {
        expect(firstEntries(id)).toMatchObject({ total: 100 });
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Still only the first screen's own (and the unwrap, the details, the index).
      expect(decrypts.count()).toBeLessThanOrEqual(FIRST_SCREEN_ENTRIES + 3);
      paintedFirstScreen(id);
      await warmup.opened();
      expect(decrypts.count()).toBe(100 + 3);
    } finally {
      decrypts.restore();
    }
    expect(firstEntries(id)).toBeUndefined();
    expect((await listRecords<Entry>('entries', id)).items.map((e) => e.id)).toEqual(order);
  });

  it('places an entry written since the index was, and writes the index again', async () => {
    const { id, order } = await bigBook();
    await unlockWarm(id);
    const before = await readOrderIndexRow(id);
    const earliest = makeEntry(id, { title: 'earliest', date: { year: 2005 } });
    await putRecords('entries', id, [entryWrite(earliest)]);
    lockBook(id);

    const [first] = await unlockWarm(id);
    expect(first?.ids).toEqual([earliest.id, ...order.slice(0, FIRST_SCREEN_ENTRIES)]);
    expect(first?.total).toBe(101);
    expect((await readOrderIndexRow(id))?.iv).not.toEqual(before?.iv);
  });

  it('opens everything when the index is damaged, and mends it', async () => {
    const { id, order } = await bigBook();
    await unlockWarm(id);
    const sealed = await readOrderIndexRow(id);
    if (!sealed) throw new Error('no index');
    const ct = new Uint8Array(sealed.ct.slice(0));
    ct[5] = (ct[5] ?? 0) ^ 0xff;
    await db().meta.put({ key: orderIndexKey(id), value: { iv: sealed.iv, ct: ct.buffer } });
    lockBook(id);

    expect(await unlockWarm(id)).toEqual([]);
    expect((await listRecords<Entry>('entries', id)).items.map((e) => e.id)).toEqual(order);
    lockBook(id);
    expect((await unlockWarm(id))[0]?.ids).toEqual(order.slice(0, FIRST_SCREEN_ENTRIES));
  });

  it('keeps the index sealed, and deletes it with the book', async () => {
    const { id } = await bigBook();
    await unlockWarm(id);
    const row = await db().meta.get(orderIndexKey(id));
    expect(Object.keys(row?.value as object).sort()).toEqual(['ct', 'iv']);
    await deleteBook(id);
    expect(await db().meta.get(orderIndexKey(id))).toBeUndefined();
  });
});

describe('opening a big list', () => {
  /** Counts decryptions and the most running at once. */
  function watchDecrypts() {
    const subtle = crypto.subtle;
    const original = subtle.decrypt.bind(subtle);
    let running = 0;
    const seen = { started: 0, most: 0 };
    const spy = vi.spyOn(subtle, 'decrypt').mockImplementation(async (...args) => {
      seen.started += 1;
      running += 1;
      seen.most = Math.max(seen.most, running);
      try {
        return await original(...args);
      } finally {
        running -= 1;
      }
    });
    return {
      seen,
      restore: () => {
        spy.mockRestore();
      },
    };
  }

  it('opens one batch at a time, and nothing more once the book locks', async () => {
    const id = await bookWithEntries(OPEN_BATCH * 2 + 10);
    await unlockBySentence(id, KNOWN_SENTENCE);
    const rows = await readRecordRows('entries', id);
    const watch = watchDecrypts();
    try {
      expect((await openRecordRows<Entry>('entries', id, rows)).items).toHaveLength(rows.length);
      expect(watch.seen.started).toBe(rows.length);
      expect(watch.seen.most).toBe(OPEN_BATCH);

      lockBook(id);
      await unlockBySentence(id, KNOWN_SENTENCE);
      watch.seen.started = 0;
      const again = openRecordRows<Entry>('entries', id, rows);
      lockBook(id);
      await expect(again).rejects.toThrow();
      // The batch under way finishes; the next ones are never started.
      expect(watch.seen.started).toBe(OPEN_BATCH);
    } finally {
      watch.restore();
    }
  });
});
