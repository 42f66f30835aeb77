import {
  PROPOSED_WORD_COUNT,
  STRENGTH_OK_BITS,
  STRENGTH_STRONG_BITS,
  estimateStrength,
} from './strength';
import { SECRET_WORDS, proposeWords } from './words';

function sentenceOf(n: number): string {
  return proposeWords(n)
    .map((w) => w.da)
    .join(' ');
}

describe('estimateStrength', () => {
  it('counts log2(list size) bits per proposed word', () => {
    const perWord = Math.log2(SECRET_WORDS.length);
    expect(estimateStrength(sentenceOf(4)).bits).toBeCloseTo(4 * perWord, 1);
  });

  it('refuses four proposed words, accepts five and calls six strong', () => {
    for (let i = 0; i < 20; i++) {
      expect(estimateStrength(sentenceOf(4))).toMatchObject({
        level: 'weak',
        weakness: 'tooFewWords',
      });
      expect(estimateStrength(sentenceOf(5))).toMatchObject({ level: 'ok', weakness: null });
      expect(estimateStrength(sentenceOf(6)).level).toBe('strong');
    }
    const perWord = Math.log2(SECRET_WORDS.length);
    expect(STRENGTH_OK_BITS).toBeGreaterThan(4 * perWord);
    expect(STRENGTH_OK_BITS).toBeLessThanOrEqual(PROPOSED_WORD_COUNT * perWord);
    expect(STRENGTH_STRONG_BITS).toBeLessThanOrEqual(6 * perWord);
  });

  it('gives nothing for repeating a word, and says so', () => {
    const one = estimateStrength('hest');
    expect(estimateStrength('hest hest hest hest hest').bits).toBe(one.bits);
    expect(estimateStrength('hest hest hest hest hest')).toMatchObject({
      level: 'weak',
      weakness: 'repeated',
    });
    expect(estimateStrength('a a a a').weakness).toBe('repeated');
    expect(estimateStrength('hej hej hej hej hej').weakness).toBe('repeated');
    expect(estimateStrength('hest kat hest ko gris').weakness).toBe('repeated');
  });

  it('counts trivial words, runs and counting digits as nothing', () => {
    for (const sentence of [
      '1234',
      '12345678',
      '1234567890123',
      '1234 5678 9012 3456',
      '9876543210 0000',
      'qwerty asdf zxcvbnm',
      'abc abcd abcde',
      'hejhej 123123 abab',
      'password kodeord hemmelig test livsbog',
      'a b c d e f',
    ]) {
      expect(estimateStrength(sentence), sentence).toMatchObject({
        bits: 0,
        level: 'weak',
        weakness: 'trivial',
      });
    }
    // A trivial word beside good ones is harmless; it just adds nothing.
    const five = sentenceOf(5);
    expect(estimateStrength(`hej ${five}`).bits).toBe(estimateStrength(five).bits);
  });

  it('gives nothing for the book’s name, which anyone can read on the shelf', () => {
    expect(estimateStrength('alma alma alma alma alma', { bookName: 'Alma' })).toMatchObject({
      bits: 0,
      weakness: 'bookName',
    });
    expect(estimateStrength('Alma Sofie Alma Sofie', { bookName: 'alma sofie' }).weakness).toBe(
      'bookName',
    );
    expect(estimateStrength('alma!', { bookName: 'Alma' }).bits).toBe(0);
    const five = sentenceOf(5);
    expect(estimateStrength(`${five} alma`, { bookName: 'Alma' }).bits).toBe(
      estimateStrength(five).bits,
    );
    // Without the name, "alma" is an ordinary word.
    expect(estimateStrength('alma').bits).toBeGreaterThan(0);
  });

  it('judges the sentence as it will be used, after normalization', () => {
    expect(estimateStrength('  HEST\t kat  SOL is ')).toEqual(estimateStrength('hest kat sol is'));
  });

  it('is weak for nothing, PIN-like digits and single words', () => {
    expect(estimateStrength('')).toEqual({ bits: 0, level: 'weak', weakness: 'tooFewWords' });
    expect(estimateStrength('   ').level).toBe('weak');
    expect(estimateStrength('1234').level).toBe('weak');
    expect(estimateStrength('password').level).toBe('weak');
    expect(estimateStrength('supercalifragilisticexpialidocious').level).toBe('weak');
  });

  it('counts free-text words conservatively but accepts long own sentences and random characters', () => {
    expect(estimateStrength('jeg kan lide is')).toMatchObject({ weakness: 'tooFewWords' });
    expect(estimateStrength('jeg kan lide is og')).toMatchObject({ weakness: 'tooWeak' });
    expect(estimateStrength('min bedste ven bor ved havet i skagen').weakness).toBeNull();
    expect(estimateStrength('jeg elsker at spise pizza med min bror').level).toBe('strong');
    expect(estimateStrength('x7#kq9!m2@pl4$vr').weakness).toBeNull();
  });

  it('adds list words and free words together', () => {
    const mixed = estimateStrength('hest bjørnebanden');
    expect(mixed.bits).toBeGreaterThan(estimateStrength('hest').bits);
    expect(mixed.bits).toBeGreaterThan(estimateStrength('bjørnebanden').bits);
  });
});
