import { STRENGTH_OK_BITS, STRENGTH_STRONG_BITS, estimateStrength } from './strength';
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

  it('calls three proposed words weak, four ok and five strong', () => {
    for (let i = 0; i < 20; i++) {
      expect(estimateStrength(sentenceOf(3)).level).toBe('weak');
      expect(estimateStrength(sentenceOf(4)).level).toBe('ok');
      expect(estimateStrength(sentenceOf(5)).level).toBe('strong');
    }
    expect(STRENGTH_OK_BITS).toBeLessThanOrEqual(4 * 8);
    expect(STRENGTH_STRONG_BITS).toBeLessThanOrEqual(5 * 8);
    expect(STRENGTH_STRONG_BITS).toBeGreaterThan(4 * Math.log2(SECRET_WORDS.length));
  });

  it('gives nothing for repeating a word', () => {
    const one = estimateStrength('hest');
    expect(estimateStrength('hest hest hest hest hest').bits).toBe(one.bits);
    expect(estimateStrength('hest hest hest hest hest').level).toBe('weak');
  });

  it('judges the sentence as it will be used, after normalization', () => {
    expect(estimateStrength('  HEST\t kat  SOL is ')).toEqual(estimateStrength('hest kat sol is'));
  });

  it('is weak for nothing, PIN-like digits and single words', () => {
    expect(estimateStrength('')).toEqual({ bits: 0, level: 'weak' });
    expect(estimateStrength('   ').level).toBe('weak');
    expect(estimateStrength('1234').level).toBe('weak');
    expect(estimateStrength('password').level).toBe('weak');
    expect(estimateStrength('supercalifragilisticexpialidocious').level).toBe('weak');
  });

  it('counts free-text words conservatively but lets long sentences and random characters be strong', () => {
    expect(estimateStrength('jeg kan lide is').level).toBe('weak');
    expect(estimateStrength('min bedste ven bor ved havet i skagen').level).toBe('strong');
    expect(estimateStrength('x7#kq9!m2@pl4$vr').level).toBe('strong');
  });

  it('adds list words and free words together', () => {
    const mixed = estimateStrength('hest bjørnebanden');
    expect(mixed.bits).toBeGreaterThan(estimateStrength('hest').bits);
    expect(mixed.bits).toBeGreaterThan(estimateStrength('bjørnebanden').bits);
  });
});
