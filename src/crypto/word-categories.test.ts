import { WORD_CATEGORIES, wordCategory } from './word-categories';
import { SECRET_WORDS } from './words';

describe('WORD_CATEGORIES', () => {
  it('puts every word of the list in exactly one group, in the list order', () => {
    const grouped = WORD_CATEGORIES.flatMap((c) => c.words);
    expect(grouped).toEqual([...SECRET_WORDS]);
    for (const word of SECRET_WORDS) {
      const holders = WORD_CATEGORIES.filter((c) => c.words.includes(word));
      expect(holders, word.da).toHaveLength(1);
    }
  });

  it('has a few groups, none empty, each with its own id and picture', () => {
    expect(WORD_CATEGORIES.length).toBeGreaterThanOrEqual(4);
    expect(WORD_CATEGORIES.length).toBeLessThanOrEqual(8);
    for (const c of WORD_CATEGORIES) expect(c.words.length, c.id).toBeGreaterThan(0);
    expect(new Set(WORD_CATEGORIES.map((c) => c.id)).size).toBe(WORD_CATEGORIES.length);
    expect(new Set(WORD_CATEGORIES.map((c) => c.emoji)).size).toBe(WORD_CATEGORIES.length);
  });

  it('groups words where a child looks for them', () => {
    expect(wordCategory('kat')).toBe('animals');
    expect(wordCategory('pizza')).toBe('food');
    expect(wordCategory('regnbue')).toBe('nature');
    expect(wordCategory('fodbold')).toBe('play');
    expect(wordCategory('raket')).toBe('vehicles');
    expect(wordCategory('nøgle')).toBe('things');
    expect(wordCategory('hesten')).toBeUndefined();
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(WORD_CATEGORIES)).toBe(true);
    for (const c of WORD_CATEGORIES) {
      expect(Object.isFrozen(c)).toBe(true);
      expect(Object.isFrozen(c.words)).toBe(true);
    }
  });
});
