import { MAX_DELAY_MS, delayAfterFailures } from './backoff';

describe('delayAfterFailures', () => {
  it('lets the first two mistakes go by without waiting', () => {
    expect(delayAfterFailures(0)).toBe(0);
    expect(delayAfterFailures(1)).toBe(0);
    expect(delayAfterFailures(2)).toBe(0);
  });

  it('then waits 1 s, 2 s, 4 s …', () => {
    expect(delayAfterFailures(3)).toBe(1_000);
    expect(delayAfterFailures(4)).toBe(2_000);
    expect(delayAfterFailures(5)).toBe(4_000);
  });

  it('never shrinks, grows until the cap and stays at one minute', () => {
    let previous = 0;
    for (let n = 0; n <= 100; n++) {
      const delay = delayAfterFailures(n);
      expect(delay).toBeGreaterThanOrEqual(previous);
      if (previous > 0 && previous < MAX_DELAY_MS) expect(delay).toBeGreaterThan(previous);
      expect(delay).toBeLessThanOrEqual(MAX_DELAY_MS);
      previous = delay;
    }
    expect(MAX_DELAY_MS).toBe(60_000);
    expect(delayAfterFailures(20)).toBe(MAX_DELAY_MS);
    expect(delayAfterFailures(1e9)).toBe(MAX_DELAY_MS);
    expect(delayAfterFailures(Number.POSITIVE_INFINITY)).toBe(MAX_DELAY_MS);
  });

  it('treats nonsense counts as no failures', () => {
    expect(delayAfterFailures(-3)).toBe(0);
    expect(delayAfterFailures(Number.NaN)).toBe(0);
  });
});
