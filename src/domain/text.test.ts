import { cleanName, graphemeLength } from './text';

describe('graphemeLength', () => {
  it('counts emoji, flags and combining accents as one character each', () => {
    expect(graphemeLength('abc')).toBe(3);
    expect(graphemeLength('🦊🇩🇰')).toBe(2);
    expect(graphemeLength('e\u0301')).toBe(1);
    expect(graphemeLength('👩‍👧')).toBe(1);
  });
});

describe('cleanName', () => {
  it('trims and folds white space', () => {
    expect(cleanName('  Maja \t  Sofie\n')).toBe('Maja Sofie');
    expect(cleanName('   ')).toBe('');
  });
});
