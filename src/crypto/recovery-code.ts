/**
 * Recovery codes: 128 random bits an adult prints or writes down, so a forgotten sentence never
 * loses the book. Crockford base32 because it has no look-alike letters (no I, L, O, U) and
 * tolerates the usual misreadings, plus one check character so a typo is reported as a typo
 * instead of as "wrong code".
 *
 * The check character is not Crockford's mod-37 symbol: that one needs the extra symbols
 * `*~$=U`, which are awkward to copy by hand. Instead it is a weighted sum over GF(32),
 * sum(v[i] * a^(i+1)) with a primitive element a. All 26 weights are distinct and non-zero, so
 * every single wrong character and every swap of two different characters changes the sum.
 */
import { randomBytes } from './bytes';

export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_BITS = 128;
const DATA_CHARS = Math.ceil(CODE_BITS / 5); // 26
const GROUP = 4;

/** Multiplication in GF(2^5) modulo x^5 + x^2 + 1 (a primitive polynomial). */
function gfMul(a: number, b: number): number {
  let product = 0;
  let x = a;
  let y = b;
  while (y > 0) {
    if (y & 1) product ^= x;
    y >>= 1;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
  }
  return product;
}

function checkValue(values: readonly number[]): number {
  let sum = 0;
  let weight = 1;
  for (const v of values) {
    weight = gfMul(weight, 2); // 2 is x, a generator of the multiplicative group
    sum ^= gfMul(v, weight);
  }
  return sum;
}

function format(chars: string): string {
  return chars.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

/** e.g. `7K3Q-…-XXX`: 26 data characters and 1 check character in groups of four. */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(CODE_BITS / 8);
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      values.push((buffer >> (bits - 5)) & 31);
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) values.push((buffer << (5 - bits)) & 31);
  bytes.fill(0);
  const chars = [...values, checkValue(values)].map((v) => CROCKFORD_ALPHABET[v] ?? '').join('');
  return format(chars);
}

const READ_AS: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/**
 * The canonical form (upper case, grouped) of what someone typed, or null when a character is
 * not in the alphabet, the length is wrong or the check character does not match.
 */
export function normalizeRecoveryCode(input: string): string | null {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]+/gu, '')
    .replace(/[OIL]/g, (c) => READ_AS[c] ?? c);
  if (compact.length !== DATA_CHARS + 1) return null;
  const values: number[] = [];
  for (const c of compact) {
    const v = CROCKFORD_ALPHABET.indexOf(c);
    if (v < 0) return null;
    values.push(v);
  }
  const check = values.pop();
  if (check !== checkValue(values)) return null;
  return format(compact);
}

export function isValidRecoveryCode(input: string): boolean {
  return normalizeRecoveryCode(input) !== null;
}
