import './book-layout.css';

import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { Avatar, NavIcon } from '@/components';
import type { BookSummary } from '@/db';
import { ExportReminder } from '@/features/moving-pack/components/export-reminder';
import { LockButton } from '@/features/lock/components/lock-button';
import { InterruptedImport } from '@/features/photos/components/interrupted-import';

import { bookArea } from './book-area';

/** The pages a phone reaches through "Mere" rather than a tab of their own. */
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
            <li>
              <NavLink to={base} end className="nav-me">
                <NavIcon name="meNow" />
                <span className="nav-text">{t('nav.meNow')}</span>
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/timeline`} className="nav-timeline">
                <NavIcon name="timeline" />
                <span className="nav-text">{t('timeline.title')}</span>
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/people`} className="nav-people">
                <NavIcon name="people" />
                <span className="nav-text">{t('people.title')}</span>
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/photos`} className="nav-photos">
                <NavIcon name="photos" />
                <span className="nav-text">{t('photos.title')}</span>
              </NavLink>
            </li>
            <li className="nav-wide">
              <NavLink to={`${base}/moving-pack`}>{t('pack.navLabel')}</NavLink>
            </li>
            <li className="nav-wide">
              <NavLink to={`${base}/settings`}>{t('nav.settings')}</NavLink>
            </li>
            <li className="nav-wide">
              <NavLink to={`${base}/about-lock`}>{t('nav.aboutLock')}</NavLink>
            </li>
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
