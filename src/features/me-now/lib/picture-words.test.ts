import { hasWord, toggleWord } from './picture-words';

describe('words chosen by picture', () => {
  it('adds a word to an empty answer and after typed words', () => {
    expect(toggleWord('', 'dogs')).toBe('dogs');
    expect(toggleWord('Drawing horses', 'dogs')).toBe('Drawing horses, dogs');
    expect(toggleWord('cats,\n', 'dogs')).toBe('cats, dogs');
  });

  it('takes the word out again, whatever its case, and keeps the rest', () => {
    expect(toggleWord('cats, Dogs, football', 'dogs')).toBe('cats, football');
    expect(toggleWord('dogs', 'dogs')).toBe('');
  });

  it('knows a chosen word only as a whole item', () => {
    expect(hasWord('hotdogs, cats', 'dogs')).toBe(false);
    expect(hasWord('hotdogs, Dogs', 'dogs')).toBe(true);
  });
});
