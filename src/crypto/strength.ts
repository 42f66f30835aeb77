/**
 * A rough, deliberately pessimistic strength meter for the secret sentence.
 *
 * Thresholds: weak below 32 bits, ok from 32, strong from 40. With a list of L >= 256 words, a
 * random list word is worth log2(L) >= 8 bits, so the four proposed words (>= 32 bits) are "ok" and
 * five (>= 40 bits) are "strong". These numbers are about what a child can remember, not about
 * resisting a determined attacker with the device: at 600,000 PBKDF2 iterations, 2^32 guesses
 * cost one GPU days, 2^40 years. The meter nudges toward a fifth word; the recovery code and the
 * lock screen's back-off do the rest.
 */
import { normalizeSecret } from './kdf';
import { SECRET_WORDS, findWord } from './words';

export const STRENGTH_OK_BITS = 32;
export const STRENGTH_STRONG_BITS = 40;

export type StrengthLevel = 'weak' | 'ok' | 'strong';

export interface Strength {
  bits: number;
  level: StrengthLevel;
}

// Pools per character class. Upper case adds nothing: the sentence is lower-cased before use.
const LETTER_BITS = Math.log2(29); // a–z plus æ, ø, å
const DIGIT_BITS = Math.log2(10);
const SYMBOL_BITS = Math.log2(33); // printable ASCII punctuation
/** A real word is one of perhaps 65,000: it never counts for more than that, however long. */
const MAX_WORD_BITS = 16;

/**
 * A word not on the list: its letters count a third of a random letter's bits (people pick real
 * words, and Shannon put ordinary text at 1–1.5 bits per letter), capped at dictionary size;
 * digits and symbols count in full.
 */
function freeWordBits(word: string): number {
  let letters = 0;
  let digits = 0;
  let symbols = 0;
  for (const c of word) {
    if (/\p{L}/u.test(c)) letters += 1;
    else if (/[0-9]/.test(c)) digits += 1;
    else symbols += 1;
  }
  return (
    Math.min((letters * LETTER_BITS) / 3, MAX_WORD_BITS) +
    digits * DIGIT_BITS +
    symbols * SYMBOL_BITS
  );
}

function levelFor(bits: number): StrengthLevel {
  if (bits >= STRENGTH_STRONG_BITS) return 'strong';
  if (bits >= STRENGTH_OK_BITS) return 'ok';
  return 'weak';
}

export function estimateStrength(sentence: string): Strength {
  const normalized = normalizeSecret(sentence);
  const words = normalized === '' ? [] : normalized.split(' ');
  // A repeated word adds nothing: "hest hest hest hest" is one word and a count.
  const distinct = [...new Set(words)];
  const listBits = Math.log2(SECRET_WORDS.length);
  let bits = 0;
  for (const word of distinct) {
    bits += findWord(word) ? listBits : freeWordBits(word);
  }
  const rounded = Math.round(bits * 10) / 10;
  return { bits: rounded, level: levelFor(rounded) };
}
