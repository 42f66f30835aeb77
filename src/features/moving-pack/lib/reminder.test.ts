import { describe, expect, it } from 'vitest';

import { exportReminder } from './reminder';

const now = new Date('2026-11-23T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('exportReminder', () => {
  it('stays quiet for the first 30 days of a book', () => {
    expect(exportReminder({ createdAt: daysAgo(29), changedAt: daysAgo(1), now })).toEqual({
      kind: 'none',
    });
  });

  it('reminds about a changed book that was never exported after 30 days', () => {
    expect(exportReminder({ createdAt: daysAgo(30), changedAt: daysAgo(1), now })).toEqual({
      kind: 'never',
    });
  });

  it('does not remind about a book nobody has changed', () => {
    expect(exportReminder({ createdAt: daysAgo(90), now })).toEqual({ kind: 'none' });
  });

  it('reminds 30 days after the last export when the book changed since', () => {
    const base = { createdAt: daysAgo(200), changedAt: daysAgo(2) };
    expect(exportReminder({ ...base, exportedAt: daysAgo(29), now })).toEqual({ kind: 'none' });
    expect(exportReminder({ ...base, exportedAt: daysAgo(45), now })).toEqual({
      kind: 'due',
      days: 45,
    });
  });

  it('does not remind when nothing changed after the last export', () => {
    expect(
      exportReminder({
        createdAt: daysAgo(200),
        changedAt: daysAgo(50),
        exportedAt: daysAgo(40),
        now,
      }),
    ).toEqual({ kind: 'none' });
  });
});
