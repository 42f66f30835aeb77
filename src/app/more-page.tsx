import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { NavIcon } from '@/components';

import { MORE_PAGES } from './book-pages';

/**
 * "Mere": on a phone, the pages that are not one of the four tabs, one big row each so a child
 * finds them by touch. "Alle bøger" says that it locks the book, which it does (use-lock-on-shelf).
 */
export function MorePage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const base = `/book/${bookId}`;
  return (
    <div className="more-page">
      <h1>{t('layout.more')}</h1>
      <ul className="more-list">
        {MORE_PAGES.map((page) => (
          <li key={page.path}>
            <Link className="card-link" to={`${base}${page.path}`}>
              <NavIcon name={page.icon} />
              {t(page.label)}
            </Link>
          </li>
        ))}
        <li>
          <Link className="card-link" to="/" aria-describedby="more-all-books-hint">
            <NavIcon name="allBooks" />
            {t('nav.allBooks')}
          </Link>
          <p id="more-all-books-hint" className="field-hint">
            {t('layout.allBooksLocks')}
          </p>
        </li>
      </ul>
    </div>
  );
}
