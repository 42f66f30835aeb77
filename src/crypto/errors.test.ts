import { DamagedRecordError, PinLockedOutError, WrongSecretError } from './errors';

describe('errors', () => {
  it('have names the UI can switch on and are real Errors', () => {
    for (const [error, name] of [
      [new WrongSecretError(), 'WrongSecretError'],
      [new DamagedRecordError(), 'DamagedRecordError'],
      [new PinLockedOutError(), 'PinLockedOutError'],
    ] as const) {
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe(name);
      expect(error.message).not.toBe('');
    }
  });

  it('carry the PIN attempts left', () => {
    expect(new WrongSecretError('x', { attemptsLeft: 3 }).attemptsLeft).toBe(3);
    expect(new WrongSecretError().attemptsLeft).toBeUndefined();
  });

  it('carry the damaged record id, given alone or with options', () => {
    expect(new DamagedRecordError('x', 'entry-1').recordId).toBe('entry-1');
    const cause = new Error('tag');
    const e = new DamagedRecordError('x', { recordId: 'p-2', slot: 'photo:p-2', cause });
    expect(e.recordId).toBe('p-2');
    expect(e.slot).toBe('photo:p-2');
    expect(e.cause).toBe(cause);
  });
});
