import { toHex, utf8Decode, utf8Encode } from './bytes';
import { createDataKey } from './data-key';
import { PinLockedOutError, WrongSecretError } from './errors';
import { setKdfIterationsForTests } from './kdf';
import { PIN_MAX_ATTEMPTS, PIN_PBKDF2_ITERATIONS, PinUnlocker, isValidPin } from './pin';
import { open, seal } from './seal';

beforeAll(() => {
  setKdfIterationsForTests(1000);
});
afterAll(() => {
  setKdfIterationsForTests(undefined);
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
}

describe('isValidPin', () => {
  it('accepts 4 to 8 ASCII digits only', () => {
    for (const pin of ['1234', '0000', '12345678']) expect(isValidPin(pin), pin).toBe(true);
    for (const pin of ['123', '123456789', '12a4', ' 1234', '١٢٣٤', ''])
      expect(isValidPin(pin), pin).toBe(false);
  });
});

describe('PinUnlocker', () => {
  let raw: Uint8Array;
  let key: CryptoKey;

  beforeEach(async () => {
    ({ key, raw } = await createDataKey());
  });

  it('uses 100,000 iterations in production and allows five tries', () => {
    expect(PIN_PBKDF2_ITERATIONS).toBe(100_000);
    expect(PIN_MAX_ATTEMPTS).toBe(5);
  });

  it('unlocks with the right PIN, giving the book’s data key', async () => {
    const record = await seal(key, utf8Encode('hej'), 'entry:1');
    const unlocker = await PinUnlocker.create(raw, '2468');
    const unlocked = await unlocker.unlock('2468');
    expect(toHex(unlocked.raw)).toBe(toHex(raw));
    expect(unlocked.key.extractable).toBe(false);
    expect(utf8Decode(await open(unlocked.key, record, 'entry:1'))).toBe('hej');
  });

  it('keeps working after the caller zeroes its raw key', async () => {
    const unlocker = await PinUnlocker.create(raw, '2468');
    const expected = toHex(raw);
    raw.fill(0);
    expect(toHex((await unlocker.unlock('2468')).raw)).toBe(expected);
  });

  it('refuses to be created with an invalid PIN', async () => {
    await expect(PinUnlocker.create(raw, '12')).rejects.toBeInstanceOf(RangeError);
  });

  it('counts down wrong PINs and locks out for good after five, even for the right PIN', async () => {
    const unlocker = await PinUnlocker.create(raw, '2468');
    for (let left = PIN_MAX_ATTEMPTS - 1; left >= 1; left--) {
      const error = await rejection(unlocker.unlock('1111'));
      expect(error).toBeInstanceOf(WrongSecretError);
      expect((error as WrongSecretError).attemptsLeft).toBe(left);
      expect(unlocker.attemptsLeft).toBe(left);
    }
    expect(unlocker.isLockedOut).toBe(false);
    expect(await rejection(unlocker.unlock('1111'))).toBeInstanceOf(PinLockedOutError);
    expect(unlocker.isLockedOut).toBe(true);
    expect(unlocker.attemptsLeft).toBe(0);
    expect(await rejection(unlocker.unlock('2468'))).toBeInstanceOf(PinLockedOutError);
  });

  it('starts counting again after the right PIN', async () => {
    const unlocker = await PinUnlocker.create(raw, '2468');
    for (let i = 0; i < PIN_MAX_ATTEMPTS - 1; i++) await rejection(unlocker.unlock('1111'));
    await unlocker.unlock('2468');
    expect(unlocker.attemptsLeft).toBe(PIN_MAX_ATTEMPTS);
    for (let i = 0; i < PIN_MAX_ATTEMPTS - 1; i++) await rejection(unlocker.unlock('1111'));
    expect(toHex((await unlocker.unlock('2468')).raw)).toBe(toHex(raw));
  });

  it('does not spend an attempt on a PIN that cannot be right', async () => {
    const unlocker = await PinUnlocker.create(raw, '2468');
    const error = await rejection(unlocker.unlock('24'));
    expect(error).toBeInstanceOf(WrongSecretError);
    expect(unlocker.attemptsLeft).toBe(PIN_MAX_ATTEMPTS);
  });

  it('cannot be raced: many wrong PINs at once still lock it out', async () => {
    const unlocker = await PinUnlocker.create(raw, '2468');
    const wrong = ['1111', '2222', '3333', '4444', '5555', '6666', '7777', '8888'];
    const errors = await Promise.all(wrong.map((pin) => rejection(unlocker.unlock(pin))));
    expect(errors.filter((e) => e instanceof PinLockedOutError).length).toBeGreaterThanOrEqual(
      wrong.length - 4,
    );
    expect(unlocker.isLockedOut).toBe(true);
    expect(await rejection(unlocker.unlock('2468'))).toBeInstanceOf(PinLockedOutError);
  });

  it('forgets everything on destroy', async () => {
    const unlocker = await PinUnlocker.create(raw, '2468');
    unlocker.destroy();
    expect(unlocker.isLockedOut).toBe(true);
    expect(await rejection(unlocker.unlock('2468'))).toBeInstanceOf(PinLockedOutError);
  });

  it('is a different wrap for each unlocker: one PIN does not open another’s copy', async () => {
    const a = await PinUnlocker.create(raw, '2468');
    const other = await createDataKey();
    const b = await PinUnlocker.create(other.raw, '1357');
    expect(await rejection(a.unlock('1357'))).toBeInstanceOf(WrongSecretError);
    expect(toHex((await b.unlock('1357')).raw)).toBe(toHex(other.raw));
  });
});
