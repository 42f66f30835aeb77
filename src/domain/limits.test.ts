import { hasText, isTooLong, maxUnits, TEXT_LIMITS, UNITS_PER_CHARACTER } from './limits';

describe('isTooLong', () => {
  it('counts what a person sees as one character: accents, flags, family emoji', () => {
    const decomposed = 'A\u030A'; // Å as A + combining ring
    const family = '👨‍👩‍👧‍👦';
    const flag = '🇩🇰';
    for (const one of ['a', decomposed, family, flag, '👩🏽‍❤️‍💋‍👨🏿']) {
      expect(isTooLong(one.repeat(10), 10), one).toBe(false);
      expect(isTooLong(one.repeat(11), 10), one).toBe(true);
    }
  });

  it('refuses one character stacked with endless combining marks (a hard cap in code units)', () => {
    const zalgo = `a${'\u0301'.repeat(maxUnits(10))}`;
    expect(isTooLong(zalgo, 10)).toBe(true);
    expect(isTooLong(`a${'\u0301'.repeat(maxUnits(10) - 2)}`, 10)).toBe(false);
  });

  it('answers at once for a megabyte, without segmenting it', () => {
    const huge = 'x'.repeat(1_000_000);
    const started = performance.now();
    expect(isTooLong(huge, TEXT_LIMITS.story)).toBe(true);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('leaves room for the longest emoji at every limit', () => {
    expect(UNITS_PER_CHARACTER).toBeGreaterThanOrEqual('👩🏽‍❤️‍💋‍👨🏿'.length);
  });
});

describe('hasText', () => {
  it('needs something that shows', () => {
    expect(hasText('Maja')).toBe(true);
    expect(hasText('🦊')).toBe(true);
    expect(hasText('\u0301')).toBe(true);
    for (const blank of ['', ' ', '\t\n', '\u00A0\u3000', '\u202E', '\u200B\u200D', '\uFEFF']) {
      expect(hasText(blank), JSON.stringify(blank)).toBe(false);
    }
  });
});
