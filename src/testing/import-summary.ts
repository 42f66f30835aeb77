/**
 * Reading what an import gave back (photos, papers, videos): most tests import one file and go
 * on to check the one thing it stored.
 */
import { expect } from 'vitest';

/** What every import's summary has: what it stored and which files it refused, with why. */
interface Summary<T> {
  added: readonly T[];
  failed: readonly { name: string; reason: string }[];
}

/** The one item an import stored, after checking that it refused nothing and stored no other. */
export function onlyAdded<T>(summary: Summary<T>): T {
  expect(summary.failed).toEqual([]);
  expect(summary.added).toHaveLength(1);
  return summary.added[0] as T;
}

/** Checks that the import refused exactly these files, for these reasons, in any order. */
export function expectRefused(
  summary: Summary<unknown>,
  refused: readonly { name: string; reason: string }[],
): void {
  expect(summary.failed).toEqual(expect.arrayContaining([...refused]));
  expect(summary.failed).toHaveLength(refused.length);
}
