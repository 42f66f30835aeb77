import { PinLockedOutError, WrongSecretError } from '@/crypto';
import { StorageError, TooSoonError } from '@/db';

import { unlockMessage } from './unlock-message';

describe('unlockMessage', () => {
  it('tells a wrong sentence from a wrong recovery code', () => {
    expect(unlockMessage('sentence', new WrongSecretError())).toEqual({
      key: 'lock.wrongSentence',
    });
    expect(unlockMessage('recovery', new WrongSecretError())).toEqual({
      key: 'lock.wrongRecovery',
    });
  });

  it('counts the PIN attempts left', () => {
    expect(unlockMessage('pin', new WrongSecretError('x', { attemptsLeft: 3 }))).toEqual({
      key: 'lock.wrongPin',
      count: 3,
    });
    expect(unlockMessage('pin', new PinLockedOutError())).toEqual({ key: 'lock.pinLockedOut' });
  });

  it('rounds the waiting time up to whole seconds', () => {
    expect(unlockMessage('sentence', new TooSoonError(1200))).toEqual({
      key: 'lock.tooSoon',
      seconds: 2,
      count: 2,
    });
  });

  it('passes storage errors through and hides unknown ones', () => {
    expect(unlockMessage('sentence', new StorageError('storage-full'))).toEqual({
      key: 'errors.storage-full',
    });
    expect(unlockMessage('sentence', new Error('x'))).toEqual({ key: 'errors.unknown' });
  });
});
