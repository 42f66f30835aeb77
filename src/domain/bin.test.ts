import fc from 'fast-check';

import { BIN_DAYS, binExpiresAt, daysLeftInBin, isPastBin, newestBinnedFirst } from './bin';

const DAY = 24 * 60 * 60 * 1000;

describe('the bin', () => {
  const deleted = '2025-03-01T12:00:00.000Z';

  it('keeps an item for 30 days', () => {
    expect(BIN_DAYS).toBe(30);
    expect(binExpiresAt(deleted)?.toISOString()).toBe('2025-03-31T12:00:00.000Z');
    expect(isPastBin(deleted, new Date('2025-03-31T11:59:59.000Z'))).toBe(false);
    expect(isPastBin(deleted, new Date('2025-03-31T12:00:00.000Z'))).toBe(true);
    expect(daysLeftInBin(deleted, new Date('2025-03-01T12:01:00.000Z'))).toBe(30);
    expect(daysLeftInBin(deleted, new Date('2025-03-30T13:00:00.000Z'))).toBe(1);
  });

  it('keeps an item whose deletion time cannot be read', () => {
    expect(isPastBin(undefined, new Date())).toBe(false);
    expect(isPastBin('not a date', new Date('2999-01-01'))).toBe(false);
    expect(daysLeftInBin('not a date', new Date())).toBe(30);
  });

  it('purges exactly when no days are left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 * DAY }), (elapsed) => {
        const now = new Date(Date.parse(deleted) + elapsed);
        expect(isPastBin(deleted, now)).toBe(daysLeftInBin(deleted, now) === 0);
      }),
    );
  });

  it('lists the newest binned first, an unreadable time last', () => {
    const items = [
      { id: 'old', deletedAt: '2026-01-02T10:00:00.000Z' },
      { id: 'none' },
      { id: 'new', deletedAt: '2026-03-04T10:00:00.000Z' },
      { id: 'middle', deletedAt: '2026-02-03T10:00:00.000Z' },
    ];
    expect([...items].sort(newestBinnedFirst).map((i) => i.id)).toEqual([
      'new',
      'middle',
      'old',
      'none',
    ]);
  });
});
