import { expectRefused, onlyAdded } from './import-summary';

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

describe('expectRefused', () => {
  const x = { name: 'x.txt', reason: 'not-an-image' };
  const y = { name: 'y.svg', reason: 'svg' };

  it('passes when exactly these files were refused, in any order', () => {
    expectRefused({ added: [], failed: [y, x] }, [x, y]);
    expectRefused({ added: ['a'], failed: [] }, []);
  });

  it('fails on a file refused for another reason, a missing one or one more', () => {
    const check = (failed: { name: string; reason: string }[]) => () => {
      expectRefused({ added: [], failed }, [x, y]);
    };
    expect(check([x, { ...y, reason: 'empty' }])).toThrow();
    expect(check([x])).toThrow();
    expect(check([x, y, { name: 'z.jpg', reason: 'empty' }])).toThrow();
  });
});
