import { proposeSentence, validateSentence } from './sentence';

describe('validateSentence', () => {
  it('accepts five list words typed the same twice, whatever the case and spacing', () => {
    expect(
      validateSentence('hest raket pizza måne tog', ' Hest  RAKET pizza måne tog '),
    ).toBeNull();
  });

  it('lets a repeated or trivial word stand beside five different ones: it only counts nothing', () => {
    const strong = 'hest raket pizza måne tog';
    expect(validateSentence(`${strong} hest`, `${strong} hest`)).toBeNull();
    expect(validateSentence(`hej ${strong}`, `hej ${strong}`)).toBeNull();
  });

  it('refuses four list words, as too short', () => {
    expect(validateSentence('hest raket pizza måne', 'hest raket pizza måne')).toBe('tooFewWords');
  });

  it('refuses weak sentences with the reason, before comparing the repeat', () => {
    const cases: [string, string | undefined, string][] = [
      ['a a a a', undefined, 'repeated'],
      ['hej hej hej hej hej', undefined, 'repeated'],
      ['1234567890', undefined, 'trivial'],
      ['1234 5678 qwerty abc hej', undefined, 'trivial'],
      ['alma alma alma alma alma', 'Alma', 'bookName'],
      ['jeg kan lide is og', undefined, 'tooWeak'],
    ];
    for (const [sentence, bookName, problem] of cases) {
      expect(validateSentence(sentence, '', bookName), sentence).toBe(problem);
    }
  });

  it('refuses a repeat that differs', () => {
    expect(validateSentence('hest raket pizza måne tog', 'hest raket pizza måne bil')).toBe(
      'mismatch',
    );
  });
});

describe('proposeSentence', () => {
  it('proposes five words that clear the floor', () => {
    for (let i = 0; i < 20; i++) {
      const sentence = proposeSentence();
      expect(sentence.split(' ')).toHaveLength(5);
      expect(validateSentence(sentence, sentence)).toBeNull();
    }
  });
});
