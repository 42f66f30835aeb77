import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Avatar, Notice, SecretInputSwitch } from '@/components';
import type { BookSummary } from '@/db';
import { SAMPLE_SENTENCE, type SecretInput } from '@/domain';

import { useHasPin } from '../hooks/use-unlocked';
import { useUnlockForm } from '../hooks/use-unlock-form';
import { preferredInput, rememberInput } from '../lib/secret-input';

import { LockAlternatives } from './lock-alternatives';
import { LockPictureForm } from './lock-picture-form';
import { LockTypedForm } from './lock-typed-form';

/** Shown instead of any book content whenever the book is locked, including after "back". */
export function LockScreen({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  const hasPin = useHasPin(book.id);
  const form = useUnlockForm(book.id, hasPin);
  const [input, setInput] = useState<SecretInput>(preferredInput(book.cover));
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = async (secret: string) => {
    const result = await form.submit(secret);
    if (result === 'opened' && form.mode === 'sentence') rememberInput(book, input);
    return result;
  };
  const pictures = form.mode === 'sentence' && input === 'pictures';

  return (
    <div className={`lock-screen${pictures ? ' lock-screen-pictures' : ''}`}>
      <div className="lock-screen-head">
        <Avatar emoji={book.cover.emoji} colour={book.cover.colour} size="large" />
        <h1 ref={heading} tabIndex={-1}>
          {t('lock.title', { name: book.cover.nickname })}
        </h1>
      </div>
      {form.mode === 'sentence' ? (
        <SecretInputSwitch
          value={input}
          onChange={(next) => {
            setInput(next);
            form.switchTo('sentence');
          }}
        />
      ) : null}
      {pictures ? (
        <LockPictureForm form={form} onSubmit={submit} />
      ) : (
        <LockTypedForm key={form.mode} form={form} onSubmit={submit} />
      )}
      {book.cover.sample && form.mode === 'sentence' ? (
        <Notice>{t('lock.sampleHint', { sentence: SAMPLE_SENTENCE })}</Notice>
      ) : null}
      <LockAlternatives mode={form.mode} hasPin={hasPin} onSwitch={form.switchTo} />
      <p>
        <Link to="/">{t('lock.backToShelf')}</Link>
      </p>
    </div>
  );
}
