import type { secretDa } from './secret.da';

/** English strings for why a secret sentence is refused. */
export const secretEn: typeof secretDa = {
  tooFewWords: 'The sentence is too short. Use at least five words, like the five suggested.',
  tooWeak: 'The sentence is too easy to guess. Add more words, or use the suggested words.',
  repeated:
    'The sentence is too easy to guess: the same word only counts once. Use five different words.',
  trivial:
    'Words like “hello”, “1234”, “abc” or “qwerty” are the first anyone tries. They do not count. Use other words.',
  bookName: 'Anyone can see the book’s name, so it does not count. Use other words.',
  tooWeakLevel: 'Too weak – cannot be used',
  ownWordsHint: 'At least five different words. Funny words that do not belong together are fine.',
};
