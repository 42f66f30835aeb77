import type { Entry } from '@/domain';
import { withFreshDatabase } from '@/testing/db-helpers';
import { KNOWN_SENTENCE, entryWrite, makeBook, makeEntry } from '@/testing/factories';

import { unlockBySentence } from './books-repo';
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

/** How many AES-GCM decryptions `run` makes, its own assertions included. */
async function decryptsDuring(run: () => Promise<void>): Promise<number> {
  const spy = vi.spyOn(crypto.subtle, 'decrypt');
  const before = spy.mock.calls.length;
  try {
    await run();
    return spy.mock.calls.length - before;
  } finally {
    spy.mockRestore();
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
    const again = warmBookRows(id);
    await unlockBySentence(id, KNOWN_SENTENCE);
    await again.opened();
    expect((await listRecords('entries', id)).items).toHaveLength(2);
    // The first warm-up was never told the book opened: it only read ciphertext.
    expect(wrong).toBeDefined();
  });

  it('does not reject when the book locks again before the rows are opened', async () => {
    const id = await bookWithEntries(3);
    const warmup = warmBookRows(id);
    await unlockBySentence(id, KNOWN_SENTENCE);
    lockBook(id);
    await expect(warmup.opened()).resolves.toBeUndefined();
  });
});
