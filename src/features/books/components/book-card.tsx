import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Avatar, NavIcon } from '@/components';
import { lockBook, type BookSummary } from '@/db';

import { useIsOpen } from '../hooks/use-is-open';

/**
 * A book on the shelf. A book still open in this window (left by another way than the shelf,
 * which locks it) says so, with a button to lock it, so on a shared tablet no one walks into it.
 */
export function BookCard({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  const open = useIsOpen(book.id);
  const openId = useId();
  return (
    <li className={`book-card colour-${book.cover.colour}${open ? ' book-card-open' : ''}`}>
      <Link
        to={`/book/${book.id}`}
        className="book-card-link"
        aria-label={t('shelf.openBook', { name: book.cover.nickname })}
        aria-describedby={open ? openId : undefined}
      >
        <Avatar emoji={book.cover.emoji} colour={book.cover.colour} size="large" />
        <span className="book-card-name">{book.cover.nickname}</span>
        {book.cover.sample ? <span className="badge">{t('shelf.sampleBadge')}</span> : null}
        {open ? (
          <span className="badge badge-open" id={openId} title={t('layout.openHint')}>
            {t('layout.open')}
            <span className="visually-hidden">: {t('layout.openHint')}</span>
          </span>
        ) : null}
      </Link>
      {open ? (
        <button
          type="button"
          className="btn btn-secondary book-card-lock"
          onClick={() => {
            lockBook(book.id, { keepPin: true });
          }}
        >
          <NavIcon name="lock" />
          {t('layout.lockOpen', { name: book.cover.nickname })}
        </button>
      ) : null}
    </li>
  );
}
