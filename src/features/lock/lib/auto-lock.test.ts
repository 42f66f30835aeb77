import { autoLockReason, HIDDEN_LOCK_MS, nextCheckIn, shouldAutoLock } from './auto-lock';

const TEN_MIN = 10 * 60_000;

describe('shouldAutoLock', () => {
  it('locks after the idle time and not before', () => {
    expect(shouldAutoLock({ lastActivity: 0, hiddenSince: null }, TEN_MIN - 1, TEN_MIN)).toBe(
      false,
    );
    expect(shouldAutoLock({ lastActivity: 0, hiddenSince: null }, TEN_MIN, TEN_MIN)).toBe(true);
  });

  it('locks when hidden for a while, even if recently active', () => {
    const state = { lastActivity: 1000, hiddenSince: 1000 };
    expect(shouldAutoLock(state, 1000 + HIDDEN_LOCK_MS - 1, TEN_MIN)).toBe(false);
    expect(shouldAutoLock(state, 1000 + HIDDEN_LOCK_MS, TEN_MIN)).toBe(true);
  });

  it('never locks for idleness when the idle time is 0 (off)', () => {
    expect(shouldAutoLock({ lastActivity: 0, hiddenSince: null }, 10 * TEN_MIN, 0)).toBe(false);
  });
});

describe('nextCheckIn', () => {
  it('waits for the earlier of idle and hidden deadlines, at most a minute', () => {
    expect(nextCheckIn({ lastActivity: 0, hiddenSince: null }, 0, 30_000)).toBe(30_000);
    expect(nextCheckIn({ lastActivity: 0, hiddenSince: 0 }, 0, TEN_MIN, 20_000)).toBe(20_000);
    expect(nextCheckIn({ lastActivity: 0, hiddenSince: null }, 0, TEN_MIN)).toBe(60_000);
  });
});

describe('autoLockReason', () => {
  it('names idleness in view, which locks every tab', () => {
    expect(autoLockReason({ lastActivity: 0, hiddenSince: null }, TEN_MIN, TEN_MIN)).toBe('idle');
  });

  it('names a hidden tab, which locks only itself, also when it was idle meanwhile', () => {
    expect(autoLockReason({ lastActivity: 0, hiddenSince: 0 }, HIDDEN_LOCK_MS, TEN_MIN)).toBe(
      'hidden',
    );
    expect(autoLockReason({ lastActivity: 0, hiddenSince: TEN_MIN - 1 }, TEN_MIN, TEN_MIN)).toBe(
      'hidden',
    );
  });

  it('is null while nothing is due', () => {
    expect(autoLockReason({ lastActivity: 0, hiddenSince: null }, 1000, TEN_MIN)).toBeNull();
  });
});
