import { PinLockedOutError, WrongSecretError } from '@/crypto';
import { StorageError, TooSoonError } from '@/db';

export type UnlockMode = 'sentence' | 'recovery' | 'pin';

export type UnlockMessage =
  | {
      key:
        'lock.wrongSentence' | 'lock.wrongRecovery' | 'lock.invalidRecovery' | 'lock.pinLockedOut';
    }
  | { key: 'lock.wrongPin'; count: number }
  | { key: 'lock.tooSoon'; seconds: number; count: number }
  | { key: 'errors.unknown' }
  | { key: `errors.${StorageError['code']}` };

/** Which sentence to show for a failed unlock; pure so every branch can be tested. */
export function unlockMessage(mode: UnlockMode, e: unknown): UnlockMessage {
  if (e instanceof TooSoonError) {
    // `count` picks "1 sekund" or "2 sekunder"; `seconds` is what the lock screen waits.
    const seconds = Math.ceil(e.waitMs / 1000);
    return { key: 'lock.tooSoon', seconds, count: seconds };
  }
  if (e instanceof PinLockedOutError) return { key: 'lock.pinLockedOut' };
  if (e instanceof WrongSecretError) {
    if (mode === 'pin') return { key: 'lock.wrongPin', count: e.attemptsLeft ?? 0 };
    return { key: mode === 'recovery' ? 'lock.wrongRecovery' : 'lock.wrongSentence' };
  }
  if (e instanceof StorageError) return { key: `errors.${e.code}` };
  return { key: 'errors.unknown' };
}
