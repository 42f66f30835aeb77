/**
 * A rough, deliberately pessimistic strength meter for the secret sentence, and the floor the
 * app enforces.
 *
 * The floor is 40 bits: five random words from the list (5 × log2(309) ≈ 41 bits) or an own
 * sentence judged as strong. Four list words (about 33 bits) are refused: behind Argon2id at
 * about a second on a phone, an adult with the tablet and a GPU still searches 2^33 in weeks,
 * 2^41 in decades. "Strong" from 48 bits (six list words).
 *
 * Words an attacker tries first count nothing: a repeated word ("hest hest"), trivial words
 * ("hej", "a", "1234", "qwerty", "aaaa") and the book's own name, which is shown in clear on
 * the shelf. When a sentence is below the floor, `weakness` says why, most specific reason first.
 */
import { normalizeSecret } from './kdf';
import { SECRET_WORDS, findWord } from './words';

/** The floor: a sentence below this is refused (the meter shows it as weak). */
export const STRENGTH_OK_BITS = 40;
export const STRENGTH_STRONG_BITS = 48;
/** Words of the proposed sentence: five list words clear the floor. */
export const PROPOSED_WORD_COUNT = 5;

export type StrengthLevel = 'weak' | 'ok' | 'strong';

/** Why a sentence is below the floor. */
export type SentenceWeakness = 'bookName' | 'repeated' | 'trivial' | 'tooFewWords' | 'tooWeak';

export interface Strength {
  bits: number;
  level: StrengthLevel;
  /** Null when the sentence clears the floor. */
  weakness: SentenceWeakness | null;
}

export interface StrengthContext {
  /** The book's name: readable by anyone while the book is locked, so it adds nothing. */
  bookName?: string;
}

// Pools per character class. Upper case adds nothing: the sentence is lower-cased before use.
const LETTER_BITS = Math.log2(29); // a–z plus æ, ø, å
const DIGIT_BITS = Math.log2(10);
const SYMBOL_BITS = Math.log2(33); // printable ASCII punctuation
/** A real word is one of perhaps 65,000: it never counts for more than that, however long. */
const MAX_WORD_BITS = 16;

/** A digit that follows on from the one before (same, one up or one down): nothing new. */
function isPredictableDigit(prev: string | undefined, c: string): boolean {
  if (prev === undefined || !/[0-9]/.test(prev)) return false;
  const step = (Number(c) - Number(prev) + 10) % 10;
  return step === 0 || step === 1 || step === 9;
}

/**
 * A word not on the list: its letters count a third of a random letter's bits (people pick real
 * words, and Shannon put ordinary text at 1–1.5 bits per letter), capped at dictionary size;
 * digits and symbols count in full, except digits that just count on ("1234567890123").
 */
function freeWordBits(word: string): number {
  let letters = 0;
  let digits = 0;
  let symbols = 0;
  let prev: string | undefined;
  for (const c of word) {
    if (/\p{L}/u.test(c)) letters += 1;
    else if (/[0-9]/.test(c)) digits += isPredictableDigit(prev, c) ? 0 : 1;
    else symbols += 1;
    prev = c;
  }
  return (
    Math.min((letters * LETTER_BITS) / 3, MAX_WORD_BITS) +
    digits * DIGIT_BITS +
    symbols * SYMBOL_BITS
  );
}

/** "1234567890123", "11112222", "9876": digits that mostly count on or repeat. */
function isCountingDigits(word: string): boolean {
  if (word.length < 3 || !/^[0-9]+$/.test(word)) return false;
  let predictable = 0;
  let prev: string | undefined;
  for (const c of word) {
    if (isPredictableDigit(prev, c)) predictable += 1;
    prev = c;
  }
  return predictable * 2 >= word.length - 1;
}

/** Words people type when asked for a password, and the app's own name. Normalized. */
const TRIVIAL_WORDS: ReadonlySet<string> = new Set([
  'hej',
  'hejsa',
  'hallo',
  'hello',
  'hi',
  'ok',
  'okay',
  'test',
  'password',
  'passw0rd',
  'kodeord',
  'adgangskode',
  'hemmelig',
  'secret',
  'sætning',
  'sentence',
  'livsbog',
  'lifebook',
  'abc',
  'qwerty',
  'asdf',
]);

/** Keyboard rows and counting, forwards: a run taken from one of these is no secret. */
const RUNS = [
  '01234567890',
  'abcdefghijklmnopqrstuvwxyzæøå',
  'qwertyuiopå',
  'asdfghjklæø',
  'zxcvbnm',
  '1234567890',
];

function isRun(word: string): boolean {
  if (word.length < 3) return false;
  const backwards = Array.from(word).reverse().join('');
  return RUNS.some((run) => run.includes(word) || run.includes(backwards));
}

/** "hejhej", "abab", "123123", "aaaa": a short piece said again. */
function isRepeatedPiece(word: string): boolean {
  const chars = Array.from(word);
  for (let size = 1; size <= chars.length / 2; size += 1) {
    if (chars.length % size !== 0) continue;
    const piece = chars.slice(0, size).join('');
    if (piece.repeat(chars.length / size) === word) return true;
  }
  return false;
}

function isTrivialWord(word: string): boolean {
  return (
    Array.from(word).length === 1 ||
    TRIVIAL_WORDS.has(word) ||
    isRun(word) ||
    isRepeatedPiece(word) ||
    isCountingDigits(word)
  );
}

function levelFor(bits: number): StrengthLevel {
  if (bits >= STRENGTH_STRONG_BITS) return 'strong';
  if (bits >= STRENGTH_OK_BITS) return 'ok';
  return 'weak';
}

export function estimateStrength(sentence: string, context: StrengthContext = {}): Strength {
  const normalized = normalizeSecret(sentence);
  const words = normalized === '' ? [] : normalized.split(' ');
  const nameWords = new Set(
    normalizeSecret(context.bookName ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );
  // A repeated word adds nothing: "hest hest hest hest" is one word and a count.
  const distinct = [...new Set(words)];
  const listBits = Math.log2(SECRET_WORDS.length);
  let bits = 0;
  let usedName = false;
  let usedTrivial = false;
  for (const word of distinct) {
    if (nameWords.has(word.replace(/[^\p{L}\p{N}]+/gu, ''))) usedName = true;
    else if (findWord(word)) bits += listBits;
    else if (isTrivialWord(word)) usedTrivial = true;
    else bits += freeWordBits(word);
  }
  const rounded = Math.round(bits * 10) / 10;
  const level = levelFor(rounded);
  let weakness: SentenceWeakness | null = null;
  if (level === 'weak') {
    if (usedName) weakness = 'bookName';
    else if (distinct.length < words.length) weakness = 'repeated';
    else if (usedTrivial) weakness = 'trivial';
    else if (words.length < PROPOSED_WORD_COUNT) weakness = 'tooFewWords';
    else weakness = 'tooWeak';
  }
  return { bits: rounded, level, weakness };
}
