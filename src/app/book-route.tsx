import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import type { Locale } from '@/domain';
import { LockScreen } from '@/features/lock/components/lock-screen';
import { useAutoLock } from '@/features/lock/hooks/use-auto-lock';
import { useAutoLockMinutes, useBookCover } from '@/features/lock/hooks/use-book-cover';
import { useUnlocked } from '@/features/lock/hooks/use-unlocked';

import { BookLayout } from './book-layout';

function AutoLock({ bookId }: { bookId: string }) {
  useAutoLock(bookId, useAutoLockMinutes(bookId));
  return null;
}

/**
 * Every book page goes through here: while the book is locked (also after "back"), only the lock
 * screen renders, so no book content can show.
 */
export function BookRoute({ onBookLocale }: { onBookLocale: (l: Locale | undefined) => void }) {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const book = useBookCover(bookId);
  const unlocked = useUnlocked(bookId);
  const locale = book?.cover.locale;

  useEffect(() => {
    onBookLocale(locale);
    return () => {
      onBookLocale(undefined);
    };
  }, [locale, onBookLocale]);

  if (book === undefined) return <p role="status">{t('app.loading')}</p>;
  if (book === null) {
    return (
      <div>
        <h1>{t('errors.not-found')}</h1>
        <Link to="/">{t('nav.allBooks')}</Link>
      </div>
    );
  }
  if (!unlocked) return <LockScreen key={book.id} book={book} />;
  return (
    <>
      <AutoLock bookId={book.id} />
      <BookLayout book={book} />
    </>
  );
}
