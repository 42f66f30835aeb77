import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { normalizeRecoveryCode, prepareSentenceKdf } from '@/crypto';
import { unlockByPin, unlockByRecoveryCode, unlockBySentence, warmBookRows } from '@/db';

import { unlockMessage, type UnlockMessage, type UnlockMode } from '../lib/unlock-message';

export type UnlockResult = 'opened' | 'refused' | 'malformed';

/**
 * The lock screen's state: which secret is asked for, the attempt under way, the message of the
 * last one and the wait after too many wrong ones. `hasPin` can turn false meanwhile (a forgotten
 * PIN): the sentence is asked for instead.
 */
export function useUnlockForm(bookId: string, hasPin: boolean) {
  const [chosenMode, setMode] = useState<UnlockMode>(hasPin ? 'pin' : 'sentence');
  const mode: UnlockMode = chosenMode === 'pin' && !hasPin ? 'sentence' : chosenMode;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<UnlockMessage | null>(null);
  const [waitMs, setWaitMs] = useState(0);

  // The sentence's key derivation gets its worker ready while the child finds her words.
  useEffect(() => {
    if (mode === 'sentence') prepareSentenceKdf();
  }, [mode]);

  useEffect(() => {
    if (waitMs <= 0) return;
    const timer = setTimeout(() => {
      setWaitMs(0);
    }, waitMs);
    return () => {
      clearTimeout(timer);
    };
  }, [waitMs]);

  /** Tries the secret: opened, refused (wrong or too soon), or not even well formed. */
  const submit = async (secret: string): Promise<UnlockResult> => {
    setMessage(null);
    if (mode === 'recovery' && normalizeRecoveryCode(secret) === null) {
      setMessage({ key: 'lock.invalidRecovery' });
      return 'malformed';
    }
    setBusy(true);
    // The book's rows are read while the key is derived, and opened as soon as it is known.
    const warmup = warmBookRows(bookId);
    try {
      if (mode === 'pin') await unlockByPin(bookId, secret);
      else if (mode === 'recovery') await unlockByRecoveryCode(bookId, secret);
      else await unlockBySentence(bookId, secret);
      void warmup.opened();
      return 'opened';
    } catch (e) {
      warmup.stop();
      const m = unlockMessage(mode, e);
      setMessage(m);
      if (m.key === 'lock.tooSoon') setWaitMs(m.seconds * 1000);
      if (m.key === 'lock.pinLockedOut') setMode('sentence');
      setBusy(false);
      return 'refused';
    }
  };

  const switchTo = (next: UnlockMode) => {
    setMode(next);
    setMessage(null);
  };

  return { mode, busy, message, waiting: waitMs > 0, submit, switchTo };
}

export type UnlockForm = ReturnType<typeof useUnlockForm>;

/** The last try's message in words: every unlock message is one plain string in the locales. */
export function useUnlockText(message: UnlockMessage | null): string | null {
  const { t } = useTranslation();
  if (!message) return null;
  const text: unknown = t(message.key, message);
  return typeof text === 'string' ? text : null;
}
