import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState, LabelledSection, PageHeader } from '@/components';
import type { Locale } from '@/domain';
import { useBooks } from '../hooks/use-books';

import { BookCard } from './book-card';
import { MissingBooksNotice } from './missing-books-notice';
import { SampleBookButton } from './sample-book-button';

/** The start page: every book on the device, a new book, and the sample book for newcomers. */
export function ShelfPage({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const books = useBooks();

  useEffect(() => {
    if (books !== undefined) performance.mark('livsbog:interactive');
  }, [books]);

  const sample = books?.find((b) => b.cover.sample);
  // The sample book can be made again; only the child's own books are worth looking for.
  const noOwnBooks = books?.every((b) => b.cover.sample === true) ?? false;
  const newBook = (
    <Link to="/new" className="btn btn-primary">
      {t('shelf.newBook')}
    </Link>
  );
  return (
    <div className="shelf">
      <PageHeader title={t('shelf.title')} intro={t('shelf.intro')} />
      <LabelledSection title={t('shelf.yourBooks')}>
        {noOwnBooks ? <MissingBooksNotice /> : null}
        {books === undefined ? (
          <p role="status">{t('app.loading')}</p>
        ) : books.length === 0 ? (
          <EmptyState
            picture="📚"
            title={t('empty.shelf.title')}
            text={t('shelf.noBooks')}
            action={newBook}
            level={3}
          />
        ) : (
          <ul className="tile-grid book-list">
            {books.map((b) => (
              <BookCard key={b.id} book={b} />
            ))}
          </ul>
        )}
        <div className="actions">
          {/* An empty shelf has this link as its one big action, above. */}
          {books?.length === 0 ? null : newBook}
          {/* A book made elsewhere (an earlier device, a foster home) comes in as a moving pack. */}
          <Link to="/import" className="btn btn-secondary">
            {t('packImport.title')}
          </Link>
        </div>
        {books !== undefined ? <SampleBookButton existingId={sample?.id} locale={locale} /> : null}
      </LabelledSection>
      <p className="field-hint">{t('shelf.privacy')}</p>
      <p>
        <Link to="/about-lock">{t('shelf.aboutLock')}</Link>
      </p>
      <p>
        <Link to="/licences">{t('licences.link')}</Link>
      </p>
    </div>
  );
}
