import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Avatar } from '@/components';
import type { BookSummary } from '@/db';

export function BookCard({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  return (
    <li className={`book-card colour-${book.cover.colour}`}>
      <Link
        to={`/book/${book.id}`}
        className="book-card-link"
        aria-label={t('shelf.openBook', { name: book.cover.nickname })}
      >
        <Avatar emoji={book.cover.emoji} colour={book.cover.colour} size="large" />
        <span className="book-card-name">{book.cover.nickname}</span>
        {book.cover.sample ? <span className="badge">{t('shelf.sampleBadge')}</span> : null}
      </Link>
    </li>
  );
}
