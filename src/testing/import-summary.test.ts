import { onlyAdded } from './import-summary';

describe('onlyAdded', () => {
  it('gives the one item an import stored', () => {
    expect(onlyAdded({ added: ['a'], failed: [] })).toBe('a');
  });

  it('fails when a file was refused, or when none or more than one was stored', () => {
    const refused = [{ name: 'x.txt', reason: 'not-an-image' }];
    expect(() => onlyAdded({ added: ['a'], failed: refused })).toThrow();
    expect(() => onlyAdded({ added: [], failed: [] })).toThrow();
    expect(() => onlyAdded({ added: ['a', 'b'], failed: [] })).toThrow();
  });
});
