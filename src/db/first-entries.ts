import { entrySortKey } from '@/domain';
import type { Entry, FuzzyDate } from '@/domain';

import type { SealedRow } from './database';
import { birthTag, MAX_UNKNOWN_ROWS, ORDER_INDEX_VERSION, type OrderIndex } from './order-index';
import { ivTag } from './sealing';
import { decryptedCache } from './session';

/*
 * The timeline's first screen right after an unlock: the first entries in timeline order, opened
 * before the rest (issue 16). It lives only until the unlock's warm-up has opened every entry;
 * then the timeline's own query lists them all, from the session's cache.
 */

/** More than any screen shows at once (about eight cards on a tall one). */
export const FIRST_SCREEN_ENTRIES = 40;

export interface FirstScreenPlan {
  /** The rows to open now: the first ones the index vouches for and every one it does not. */
  open: SealedRow[];
  /** The sort key the index gives each vouched-for row opened, to check what opens against. */
  expected: Map<string, string>;
  /** The key of the last vouched-for row opened; undefined when every row is opened. */
  until: string | undefined;
  /** The index no longer matches the rows and is to be written again. */
  stale: boolean;
}

/**
 * Which rows the first screen opens, or undefined when the index cannot say (none, another
 * version or birth date, too many rows it does not know): then everything is opened.
 */
export function planFirstScreen(
  index: OrderIndex | undefined,
  rows: readonly SealedRow[],
  birth: FuzzyDate | undefined,
  count = FIRST_SCREEN_ENTRIES,
): FirstScreenPlan | undefined {
  if (index?.version !== ORDER_INDEX_VERSION || index.birth !== birthTag(birth)) return undefined;
  const byId = new Map(rows.map((row) => [row.id, row]));
  const trusted = index.items.filter(([id, iv]) => {
    const row = byId.get(id);
    return row !== undefined && ivTag(row.iv) === iv;
  });
  const vouched = new Set(trusted.map(([id]) => id));
  const unknown = rows.filter((row) => !vouched.has(row.id));
  if (unknown.length > MAX_UNKNOWN_ROWS) return undefined;
  const first = trusted.slice(0, count);
  const expected = new Map(first.map(([id, , key]) => [id, key]));
  const open = [...first.map(([id]) => byId.get(id)), ...unknown].filter(
    (row): row is SealedRow => row !== undefined,
  );
  return {
    open,
    expected,
    until: trusted.length > count ? first[first.length - 1]?.[2] : undefined,
    stale: unknown.length > 0 || trusted.length !== index.items.length,
  };
}

/**
 * The first screen's entries in timeline order: what opened, up to the last vouched-for key (a
 * new row beyond it may have others before it that are not open yet). Undefined when an entry
 * does not sort where the index said: the index is wrong and cannot be trusted for the rest.
 */
export function firstScreenEntries(
  plan: FirstScreenPlan,
  opened: readonly Entry[],
  birth: FuzzyDate | undefined,
): Entry[] | undefined {
  const keyed = opened.map((entry) => ({ entry, key: entrySortKey(entry, birth) }));
  for (const { entry, key } of keyed) {
    const expected = plan.expected.get(entry.id);
    if (expected !== undefined && expected !== key) return undefined;
  }
  const { until } = plan;
  return keyed
    .filter(({ key }) => until === undefined || key <= until)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ entry }) => entry);
}

/** 'opening' while the first screen is being opened; then its entries and how many rows in all. */
export type FirstEntries = 'opening' | { items: Entry[]; total: number };

const shown = new Map<string, { cache: Map<string, unknown>; value: FirstEntries }>();
const listeners = new Set<() => void>();

export function subscribeFirstEntries(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The first screen of a book unlocked just now; undefined once all is open (or after a lock). */
export function firstEntries(bookId: string): FirstEntries | undefined {
  const got = shown.get(bookId);
  return got && got.cache === decryptedCache(bookId) ? got.value : undefined;
}

const painted = new Map<string, () => void>();

/**
 * Resolves once the page showing the first screen says it has painted it, or after `ms` (the
 * unlock may land on another page, which never says so). The rest of the entries wait for it:
 * opened at once, their thousands of results would hold up that very paint (issue 16).
 */
export function firstScreenPainted(bookId: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      if (painted.get(bookId) === done) painted.delete(bookId);
      resolve();
    };
    const timer = setTimeout(done, ms);
    painted.get(bookId)?.();
    painted.set(bookId, done);
  });
}

/** The page has painted the first screen: the rest may be opened now. */
export function paintedFirstScreen(bookId: string): void {
  painted.get(bookId)?.();
}

/** Sets (undefined: ends) the first screen of the session whose cache is given. */
export function setFirstEntries(
  bookId: string,
  cache: Map<string, unknown> | undefined,
  value: FirstEntries | undefined,
): void {
  if (!cache) return;
  // A warm-up that ends late must not end a later session's first screen.
  if (value !== undefined) shown.set(bookId, { cache, value });
  else if (shown.get(bookId)?.cache === cache) shown.delete(bookId);
  else return;
  for (const l of listeners) l();
}
