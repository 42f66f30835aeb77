import { normalizeSecret } from '@/crypto';
import { PROPOSED_WORD_COUNT, estimateStrength, type SentenceWeakness } from '@/crypto';
import { findWord, proposeWords } from '@/crypto';

/** Why a sentence is refused: too weak (and why), or the repeat differs. */
export type SentenceProblem = SentenceWeakness | 'mismatch';

/**
 * Pure check used before a sentence is accepted: strong enough (five list words or an own
 * sentence as strong; no repeated or trivial words, not the book's name), typed the same twice.
 * The sample book's public sentence never comes through here: it is exempt because it is public.
 */
export function validateSentence(
  sentence: string,
  repeat: string,
  bookName?: string,
): SentenceProblem | null {
  const weakness = estimateStrength(sentence, bookName === undefined ? {} : { bookName }).weakness;
  if (weakness) return weakness;
  if (normalizeSecret(sentence) !== normalizeSecret(repeat)) return 'mismatch';
  return null;
}

/** Five proposed words from the picture list, as a sentence: enough to clear the floor. */
export function proposeSentence(): string {
  return proposeWords(PROPOSED_WORD_COUNT)
    .map((w) => w.da)
    .join(' ');
}

export interface SentenceWord {
  word: string;
  emoji?: string;
  en?: string;
}

/** The words of a sentence, each with its picture when it is in the list. */
export function sentenceWords(sentence: string): SentenceWord[] {
  return normalizeSecret(sentence)
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const known = findWord(word);
      return known ? { word, emoji: known.emoji, en: known.en } : { word };
    });
}
