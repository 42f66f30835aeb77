/**
 * The picture keyboard's tabs: the secret words in a few groups a child can find them by. The
 * groups are the same for every book and show every word of the list in its fixed order, so the
 * keyboard says nothing about any book's sentence and narrows nothing.
 */
import { SECRET_WORDS, type SecretWord } from './words';

export type WordCategoryId = 'animals' | 'food' | 'nature' | 'play' | 'vehicles' | 'things';

export interface WordCategory {
  id: WordCategoryId;
  /** The tab's picture. */
  emoji: string;
  words: readonly SecretWord[];
}

/**
 * Each group's first word. words.ts lists the words group by group in this order, so a group is
 * the run of words from its first word to the next group's.
 */
const FIRST_WORDS: readonly (readonly [WordCategoryId, string, string])[] = [
  ['animals', 'hund', '🐶'],
  ['food', 'æble', '🍎'],
  ['nature', 'sol', '🌳'],
  ['play', 'fodbold', '⚽'],
  ['vehicles', 'bil', '🚗'],
  ['things', 'hus', '🏠'],
];

function groupWords(): readonly WordCategory[] {
  const starts = FIRST_WORDS.map(([id, first, emoji]) => {
    const index = SECRET_WORDS.findIndex((w) => w.da === first);
    if (index < 0) throw new Error(`The word list has no "${first}" to start ${id}`);
    return { id, emoji, index };
  });
  return Object.freeze(
    starts.map((start, i) =>
      Object.freeze({
        id: start.id,
        emoji: start.emoji,
        words: Object.freeze(
          SECRET_WORDS.slice(start.index, starts[i + 1]?.index ?? SECRET_WORDS.length),
        ),
      }),
    ),
  );
}

export const WORD_CATEGORIES: readonly WordCategory[] = groupWords();

const CATEGORY_OF: ReadonlyMap<string, WordCategoryId> = new Map(
  WORD_CATEGORIES.flatMap((c) => c.words.map((w) => [w.da, c.id] as const)),
);

/** The group a list word (in Danish, as stored in the list) is shown in. */
export function wordCategory(da: string): WordCategoryId | undefined {
  return CATEGORY_OF.get(da);
}
