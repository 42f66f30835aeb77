import { toBase64 } from '@/crypto';
import { entrySortKey } from '@/domain';
import type { Entry } from '@/domain';
import { makeEntry } from '@/testing/factories';

import type { SealedRow } from './database';
import { firstScreenEntries, firstScreenPainted, paintedFirstScreen } from './first-entries';
import { planFirstScreen } from './first-entries';
import { birthTag, buildOrderIndex, MAX_UNKNOWN_ROWS, type OrderIndex } from './order-index';
import { ivTag } from './sealing';

const BIRTH = { year: 2010, month: 3 };
let ivCounter = 0;

/** A row as stored: only the IV matters here (the index checks each row by it). */
function rowOf(entry: Entry): SealedRow {
  ivCounter += 1;
  const iv = new Uint8Array(12);
  new DataView(iv.buffer).setUint32(0, ivCounter);
  return { id: entry.id, bookId: entry.bookId, binned: 0, iv, ct: new ArrayBuffer(8) };
}

/** Entries a month apart from 2011 on, so their order is known. */
function book(count: number): { entries: Entry[]; rows: SealedRow[]; index: OrderIndex } {
  const entries = Array.from({ length: count }, (_, i) =>
    makeEntry('b', { date: { year: 2011 + Math.floor(i / 12), month: (i % 12) + 1 } }),
  );
  const rows = entries.map(rowOf);
  const index = buildOrderIndex(
    entries.map((entry, i) => ({ row: rows[i]!, entry })),
    BIRTH,
  );
  return { entries, rows, index };
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('planFirstScreen', () => {
  it('opens only the first entries when the index matches every row', () => {
    const { entries, rows, index } = book(100);
    // Stored in another order than the timeline's.
    const plan = planFirstScreen(index, [...rows].reverse(), BIRTH, 10);
    expect(plan && ids(plan.open)).toEqual(ids(entries.slice(0, 10)));
    expect(plan?.until).toBe(entrySortKey(entries[9]!, BIRTH));
    expect(plan?.stale).toBe(false);
  });

  it('opens every row when there are no more than the first screen holds', () => {
    const { entries, rows, index } = book(6);
    const plan = planFirstScreen(index, rows, BIRTH, 10);
    expect(plan && ids(plan.open)).toEqual(ids(entries));
    expect(plan?.until).toBeUndefined();
  });

  it('also opens a row written since the index and one it does not know', () => {
    const { entries, rows, index } = book(100);
    const rewritten = { ...rows[70]!, iv: new Uint8Array(12).fill(9) };
    const added = rowOf(makeEntry('b', { date: { year: 1990 } }));
    const now = [...rows.slice(0, 70), rewritten, ...rows.slice(71), added];
    const plan = planFirstScreen(index, now, BIRTH, 10);
    expect(plan && ids(plan.open)).toEqual(ids([...entries.slice(0, 10), entries[70]!, added]));
    expect(plan?.stale).toBe(true);
  });

  it('skips a row that is gone, and marks the index stale', () => {
    const { entries, rows, index } = book(20);
    const plan = planFirstScreen(index, rows.slice(1), BIRTH, 5);
    expect(plan && ids(plan.open)).toEqual(ids(entries.slice(1, 6)));
    expect(plan?.stale).toBe(true);
  });

  it('gives up on no index, another version, another birth date or too many new rows', () => {
    const { rows, index } = book(20);
    expect(planFirstScreen(undefined, rows, BIRTH)).toBeUndefined();
    expect(planFirstScreen({ ...index, version: 99 }, rows, BIRTH)).toBeUndefined();
    expect(planFirstScreen(index, rows, { year: 2009 })).toBeUndefined();
    expect(planFirstScreen({ ...index, birth: birthTag(undefined) }, rows, BIRTH)).toBeUndefined();
    const many = Array.from({ length: MAX_UNKNOWN_ROWS + 1 }, () => rowOf(makeEntry('b')));
    expect(planFirstScreen(index, [...rows, ...many], BIRTH)).toBeUndefined();
    expect(planFirstScreen(index, [...rows, ...many.slice(1)], BIRTH)).toBeDefined();
  });
});

describe('firstScreenEntries', () => {
  it('sorts what opened and stops at the last entry the index vouched for', () => {
    const { entries, rows, index } = book(100);
    const early = makeEntry('b', { date: { year: 1990 } });
    const late = makeEntry('b', { date: { year: 2040 } });
    const plan = planFirstScreen(index, [...rows, rowOf(early), rowOf(late)], BIRTH, 10);
    if (!plan) throw new Error('no plan');
    const opened = [late, ...entries.slice(0, 10).reverse(), early];
    // The late one sorts after entries not open yet: it waits for the whole list.
    expect(firstScreenEntries(plan, opened, BIRTH)?.map((e) => e.id)).toEqual(
      [early, ...entries.slice(0, 10)].map((e) => e.id),
    );
  });

  it('trusts nothing when an entry does not sort where the index put it', () => {
    const { entries, rows, index } = book(30);
    const plan = planFirstScreen(index, rows, BIRTH, 10);
    if (!plan) throw new Error('no plan');
    const moved = { ...entries[3]!, date: { year: 2030 } };
    expect(firstScreenEntries(plan, [...entries.slice(0, 3), moved], BIRTH)).toBeUndefined();
  });
});

it('keys rows by their IV as stored', () => {
  const row = rowOf(makeEntry('b'));
  expect(buildOrderIndex([{ row, entry: makeEntry('b') }], BIRTH).items[0]?.[1]).toBe(
    toBase64(row.iv),
  );
});

describe('firstScreenPainted', () => {
  it('waits for the page to say it painted, or for the time given', async () => {
    let done = false;
    const waiting = firstScreenPainted('book-a', 60_000).then(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    paintedFirstScreen('book-b');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(done).toBe(false);
    paintedFirstScreen('book-a');
    await waiting;

    const started = Date.now();
    await firstScreenPainted('book-a', 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});

it('tags an IV once, as its base64', () => {
  const iv = rowOf(makeEntry('b')).iv;
  expect(ivTag(iv)).toBe(toBase64(iv));
  // The same bytes in another array get the same tag; the tag of a known array is remembered.
  expect(ivTag(iv.slice())).toBe(toBase64(iv));
  iv[11] = 0xff;
  expect(ivTag(iv)).not.toBe(toBase64(iv));
});
