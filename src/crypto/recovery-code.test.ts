import {
  CROCKFORD_ALPHABET,
  generateRecoveryCode,
  isValidRecoveryCode,
  normalizeRecoveryCode,
} from './recovery-code';

const SYMBOL = '[0-9A-HJKMNP-TV-Z]';
const SHAPE = new RegExp(`^${SYMBOL}{4}(-${SYMBOL}{4}){5}-${SYMBOL}{3}$`);

function codeContaining(chars: readonly string[]): string {
  for (let i = 0; i < 10_000; i++) {
    const code = generateRecoveryCode();
    if (chars.every((c) => code.includes(c))) return code;
  }
  throw new Error(`no code with ${chars.join()}`);
}

describe('generateRecoveryCode', () => {
  it('writes 26 data characters and a check character in groups of four', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(SHAPE);
    expect(code.replace(/-/g, '')).toHaveLength(27);
  });

  it('is valid, already canonical, and different every time', () => {
    const codes = Array.from({ length: 200 }, generateRecoveryCode);
    for (const code of codes) expect(normalizeRecoveryCode(code)).toBe(code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('uses the whole alphabet (the bits are random, not just a few symbols)', () => {
    const seen = new Set(
      Array.from({ length: 200 }, generateRecoveryCode).join('').replace(/-/g, ''),
    );
    expect(seen.size).toBe(32);
  });
});

describe('normalizeRecoveryCode', () => {
  it('accepts lower case, spaces, no separators and stray blanks', () => {
    const code = generateRecoveryCode();
    const compact = code.replace(/-/g, '');
    for (const typed of [
      code.toLowerCase(),
      compact,
      code.replace(/-/g, ' '),
      ` ${compact.toLowerCase()}\n`,
    ]) {
      expect(normalizeRecoveryCode(typed)).toBe(code);
    }
  });

  it('reads O as zero and I or L as one', () => {
    const code = codeContaining(['0', '1']);
    const misread = code.replace(/0/g, 'O').replace(/1/g, (_, i: number) => (i % 2 ? 'i' : 'L'));
    expect(misread).not.toBe(code);
    expect(normalizeRecoveryCode(misread)).toBe(code);
  });

  it('detects every single wrong character at every position', () => {
    const compact = generateRecoveryCode().replace(/-/g, '');
    for (let i = 0; i < compact.length; i++) {
      for (const c of CROCKFORD_ALPHABET) {
        if (c === compact[i]) continue;
        const typo = compact.slice(0, i) + c + compact.slice(i + 1);
        expect(normalizeRecoveryCode(typo), typo).toBeNull();
      }
    }
  });

  it('detects swapped neighbours', () => {
    const compact = generateRecoveryCode().replace(/-/g, '');
    for (let i = 0; i + 1 < compact.length; i++) {
      if (compact[i] === compact[i + 1]) continue;
      const swapped =
        compact.slice(0, i) + compact.charAt(i + 1) + compact.charAt(i) + compact.slice(i + 2);
      expect(normalizeRecoveryCode(swapped), swapped).toBeNull();
    }
  });

  it('rejects wrong lengths and symbols outside the alphabet', () => {
    const code = generateRecoveryCode();
    expect(normalizeRecoveryCode(code.slice(0, -1))).toBeNull();
    expect(normalizeRecoveryCode(code + '0')).toBeNull();
    expect(normalizeRecoveryCode('')).toBeNull();
    expect(normalizeRecoveryCode('U'.repeat(27))).toBeNull();
    expect(normalizeRecoveryCode(code.replace(/^./, '*'))).toBeNull();
  });
});

describe('isValidRecoveryCode', () => {
  it('agrees with normalizeRecoveryCode', () => {
    const code = generateRecoveryCode();
    expect(isValidRecoveryCode(code.toLowerCase())).toBe(true);
    expect(isValidRecoveryCode(code.slice(0, 10))).toBe(false);
  });
});
