import './book-layout.css';

import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { Avatar, NavIcon } from '@/components';
import type { BookSummary } from '@/db';
import { ExportReminder } from '@/features/moving-pack/components/export-reminder';
import { LockButton } from '@/features/lock/components/lock-button';
import { InterruptedImport } from '@/features/photos/components/interrupted-import';

import { bookArea } from './book-area';
import { BOOK_TABS, MORE_PAGES } from './book-pages';

/** The "Mere" page itself and the pages it lists (MORE_PAGES). */
const IN_MORE = /^\/book\/[^/]+\/(more|moving-pack|settings|about-lock)\/?$/;

/**
 * The open book: its cover, the areas that exist, and the lock button always in reach. On a phone
 * (below 600 px, book-layout.css) the first four areas and "Mere" become a tab bar at the bottom
 * and the lock an icon in the top bar; the other links are on the "Mere" page. One list of links
 * serves both, so a screen reader meets one navigation whatever the width.
 */
export function BookLayout({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const base = `/book/${book.id}`;
  const inMore = IN_MORE.test(pathname);
  return (
    <div
      className={`book colour-theme-${book.cover.colour} age-${book.cover.ageMode} area-${bookArea(pathname)}`}
    >
      <header className="book-header">
        <div className="book-title">
          <Avatar emoji={book.cover.emoji} colour={book.cover.colour} />
          <span className="book-name">{book.cover.nickname}</span>
        </div>
        <nav aria-label={t('nav.label')} className="book-nav">
          <ul>
            {BOOK_TABS.map((tab) => (
              <li key={tab.path}>
                <NavLink to={`${base}${tab.path}`} end={tab.path === ''} className={tab.className}>
                  <NavIcon name={tab.icon} />
                  <span className="nav-text">{t(tab.label)}</span>
                </NavLink>
              </li>
            ))}
            {MORE_PAGES.map((page) => (
              <li key={page.path} className="nav-wide">
                <NavLink to={`${base}${page.path}`}>{t(page.label)}</NavLink>
              </li>
            ))}
            <li className="nav-wide">
              <NavLink to="/">{t('nav.allBooks')}</NavLink>
            </li>
            <li className="nav-phone">
              <Link
                to={`${base}/more`}
                className={inMore ? 'nav-more in-area' : 'nav-more'}
                aria-current={inMore ? 'page' : undefined}
              >
                <NavIcon name="more" />
                <span className="nav-text">{t('layout.more')}</span>
              </Link>
            </li>
          </ul>
        </nav>
        <LockButton bookId={book.id} />
      </header>
      <div className="book-content">
        <InterruptedImport key={book.id} bookId={book.id} />
        <ExportReminder bookId={book.id} createdAt={book.createdAt} />
        <Outlet />
      </div>
    </div>
  );
}
