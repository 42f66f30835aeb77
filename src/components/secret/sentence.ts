import { normalizeSecret } from '../../crypto/kdf';
import { findWord, proposeWords } from '../../crypto/words';

export type SentenceProblem = 'tooShort' | 'mismatch';

export const MIN_SENTENCE_WORDS = 4;

/** Pure check used before a sentence is accepted: four words at least, typed the same twice. */
export function validateSentence(sentence: string, repeat: string): SentenceProblem | null {
  const normalized = normalizeSecret(sentence);
  if (normalized.split(' ').filter(Boolean).length < MIN_SENTENCE_WORDS) return 'tooShort';
  if (normalized !== normalizeSecret(repeat)) return 'mismatch';
  return null;
}

/** Four proposed words from the picture list, as a sentence. */
export function proposeSentence(): string {
  return proposeWords(4)
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
