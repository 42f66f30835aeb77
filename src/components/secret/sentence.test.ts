import { validateSentence } from './sentence';

describe('validateSentence', () => {
  it('accepts four words typed the same twice, whatever the case and spacing', () => {
    expect(validateSentence('sol hest kage båd', ' Sol  HEST kage båd ')).toBeNull();
  });

  it('refuses fewer than four words', () => {
    expect(validateSentence('sol hest kage', 'sol hest kage')).toBe('tooShort');
  });

  it('refuses a repeat that differs', () => {
    expect(validateSentence('sol hest kage båd', 'sol hest kage bil')).toBe('mismatch');
  });
});
