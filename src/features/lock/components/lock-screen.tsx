import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Avatar } from '@/components';
import { Button } from '@/components';
import { Notice } from '@/components';
import { TextField } from '@/components';
import { normalizeRecoveryCode } from '@/crypto';
import { unlockByPin, unlockByRecoveryCode, unlockBySentence, type BookSummary } from '@/db';
import { SAMPLE_SENTENCE } from '@/domain';
import { useHasPin } from '../hooks/use-unlocked';
import { unlockMessage, type UnlockMessage, type UnlockMode } from '../lib/unlock-message';

/** Shown instead of any book content whenever the book is locked, including after "back". */
export function LockScreen({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  const hasPin = useHasPin(book.id);
  const [chosenMode, setMode] = useState<UnlockMode>(hasPin ? 'pin' : 'sentence');
  // A PIN that was forgotten (five wrong tries, or removed) falls back to the sentence.
  const mode: UnlockMode = chosenMode === 'pin' && !hasPin ? 'sentence' : chosenMode;
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<UnlockMessage | null>(null);
  const [waitMs, setWaitMs] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    if (waitMs <= 0) return;
    const timer = setTimeout(() => {
      setWaitMs(0);
    }, waitMs);
    return () => {
      clearTimeout(timer);
    };
  }, [waitMs]);

  const waiting = waitMs > 0;

  const submit = async () => {
    setMessage(null);
    if (mode === 'recovery' && normalizeRecoveryCode(secret) === null) {
      setMessage({ key: 'lock.invalidRecovery' });
      return;
    }
    setBusy(true);
    try {
      if (mode === 'pin') await unlockByPin(book.id, secret);
      else if (mode === 'recovery') await unlockByRecoveryCode(book.id, secret);
      else await unlockBySentence(book.id, secret);
    } catch (e) {
      const m = unlockMessage(mode, e);
      setMessage(m);
      if (m.key === 'lock.tooSoon') setWaitMs(m.seconds * 1000);
      if (m.key === 'lock.pinLockedOut') setMode('sentence');
      setSecret('');
      setBusy(false);
    }
  };

  const switchTo = (next: UnlockMode) => {
    setMode(next);
    setSecret('');
    setMessage(null);
  };

  const label = {
    sentence: t('lock.sentenceLabel'),
    recovery: t('lock.recoveryLabel'),
    pin: t('lock.pinLabel'),
  }[mode];
  const messageText = message ? t(message.key, message) : null;

  return (
    <div className="lock-screen">
      <Avatar emoji={book.cover.emoji} colour={book.cover.colour} size="large" />
      <h1 ref={heading} tabIndex={-1}>
        {t('lock.title', { name: book.cover.nickname })}
      </h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField
          key={mode}
          label={label}
          type={mode === 'pin' ? 'password' : 'text'}
          inputMode={mode === 'pin' ? 'numeric' : 'text'}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={secret}
          onChange={(e) => {
            setSecret(e.target.value);
          }}
          error={messageText ?? undefined}
        />
        {book.cover.sample && mode === 'sentence' ? (
          <Notice>{t('lock.sampleHint', { sentence: SAMPLE_SENTENCE })}</Notice>
        ) : null}
        <div className="actions">
          <Button type="submit" busy={busy} disabled={waiting || secret.trim() === ''}>
            {busy ? t('lock.unlocking') : t('lock.unlock')}
          </Button>
        </div>
      </form>
      <div className="actions">
        {mode !== 'sentence' ? (
          <Button
            variant="quiet"
            onClick={() => {
              switchTo('sentence');
            }}
          >
            {t('lock.useSentence')}
          </Button>
        ) : null}
        {mode !== 'recovery' ? (
          <Button
            variant="quiet"
            onClick={() => {
              switchTo('recovery');
            }}
          >
            {t('lock.useRecovery')}
          </Button>
        ) : null}
        {mode !== 'pin' && hasPin ? (
          <Button
            variant="quiet"
            onClick={() => {
              switchTo('pin');
            }}
          >
            {t('lock.usePin')}
          </Button>
        ) : null}
      </div>
      <p>
        <Link to="/">{t('lock.backToShelf')}</Link>
      </p>
    </div>
  );
}
