import { estimateStrength } from './strength';
import { SECRET_WORDS, findWord, proposeWords } from './words';

const graphemes = new Intl.Segmenter('da', { granularity: 'grapheme' });

describe('SECRET_WORDS', () => {
  it('has at least 256 different words', () => {
    expect(SECRET_WORDS.length).toBeGreaterThanOrEqual(256);
    expect(new Set(SECRET_WORDS.map((w) => w.da)).size).toBe(SECRET_WORDS.length);
  });

  it('uses only lower-case Danish letters, with an English word and one emoji each', () => {
    for (const word of SECRET_WORDS) {
      expect(word.da, word.da).toMatch(/^[a-zæøå]+$/);
      expect(word.en.trim(), word.da).not.toBe('');
      expect([...graphemes.segment(word.emoji)], word.da).toHaveLength(1);
      expect(word.emoji, word.da).toMatch(/\p{Extended_Pictographic}/u);
    }
  });

  it('gives every word its own picture', () => {
    expect(new Set(SECRET_WORDS.map((w) => w.emoji)).size).toBe(SECRET_WORDS.length);
  });

  it('stays free of scary words and words that can hurt a child in care', () => {
    const unwanted = [
      'haj',
      'edderkop',
      'slange',
      'spøgelse',
      'kniv',
      'pistol',
      'ild',
      'bombe',
      'mor',
      'far',
      'familie',
      'hjem',
      'politi',
      'ambulance',
      'død',
    ];
    for (const word of unwanted) expect(findWord(word), word).toBeUndefined();
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(SECRET_WORDS)).toBe(true);
    expect(Object.isFrozen(SECRET_WORDS[0])).toBe(true);
  });
});

describe('findWord', () => {
  it('finds a word however it is typed', () => {
    expect(findWord('hest')?.en).toBe('horse');
    expect(findWord('  HEST ')?.emoji).toBe('🐎');
    expect(findWord('Ørn')?.en).toBe('eagle');
  });

  it('returns undefined for words not on the list', () => {
    expect(findWord('hesten')).toBeUndefined();
    expect(findWord('')).toBeUndefined();
  });
});

describe('proposeWords', () => {
  it('proposes five different words by default, which clear the strength floor', () => {
    for (let i = 0; i < 50; i++) {
      const words = proposeWords();
      expect(words).toHaveLength(5);
      expect(new Set(words.map((w) => w.da)).size).toBe(5);
      expect(estimateStrength(words.map((w) => w.da).join(' ')).weakness).toBeNull();
      for (const w of words) expect(SECRET_WORDS).toContain(w);
    }
  });

  it('never repeats a word, even when asked for all of them', () => {
    const all = proposeWords(SECRET_WORDS.length);
    expect(new Set(all.map((w) => w.da)).size).toBe(SECRET_WORDS.length);
    expect(proposeWords(0)).toEqual([]);
  });

  it('refuses impossible counts', () => {
    expect(() => proposeWords(SECRET_WORDS.length + 1)).toThrow(RangeError);
    expect(() => proposeWords(-1)).toThrow(RangeError);
  });

  it('draws every word, none far more often than the others', () => {
    const counts = new Map<string, number>();
    const draws = 40_000;
    for (let i = 0; i < draws; i++) {
      const [word] = proposeWords(1);
      if (word) counts.set(word.da, (counts.get(word.da) ?? 0) + 1);
    }
    const expected = draws / SECRET_WORDS.length;
    expect(counts.size).toBe(SECRET_WORDS.length);
    // Poisson with mean ~130: these bounds are more than 6 standard deviations out.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(expected * 0.45);
      expect(n).toBeLessThan(expected * 1.55);
    }
  });
});
