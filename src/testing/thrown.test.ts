import { failureOf, thrownBy } from './thrown';

class KindError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

describe('thrownBy', () => {
  it('returns the error of the kind asked for', () => {
    expect(
      thrownBy(() => {
        throw new KindError('bad');
      }, KindError)?.code,
    ).toBe('bad');
  });

  it('returns undefined when nothing is thrown', () => {
    expect(thrownBy(() => 1, KindError)).toBeUndefined();
  });

  it('throws on an error of another kind', () => {
    const other = new TypeError('other');
    expect(() =>
      thrownBy(() => {
        throw other;
      }, KindError),
    ).toThrow(other);
  });
});

describe('failureOf', () => {
  it('gives what the promise rejected with', async () => {
    const error = new KindError('late');
    expect(await failureOf(Promise.reject(error))).toBe(error);
  });

  it('gives undefined when the promise fulfils', async () => {
    expect(await failureOf(Promise.resolve('fine'))).toBeUndefined();
  });
});
