import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

import { Avatar } from '@/components';
import type { BookSummary } from '@/db';
import { ExportReminder } from '@/features/handover/components/export-reminder';
import { LockButton } from '@/features/lock/components/lock-button';
import { InterruptedImport } from '@/features/photos/components/interrupted-import';

/** The open book: its cover, the areas that exist, and the lock button always in reach. */
export function BookLayout({ book }: { book: BookSummary }) {
  const { t } = useTranslation();
  const base = `/book/${book.id}`;
  return (
    <div className={`book colour-theme-${book.cover.colour} age-${book.cover.ageMode}`}>
      <header className="book-header">
        <div className="book-title">
          <Avatar emoji={book.cover.emoji} colour={book.cover.colour} />
          <span className="book-name">{book.cover.nickname}</span>
        </div>
        <nav aria-label={t('nav.label')} className="book-nav">
          <ul>
            <li>
              <NavLink to={base} end>
                {t('nav.meNow')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/timeline`}>{t('timeline.title')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/people`}>{t('people.title')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/photos`}>{t('photos.title')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/handover`}>{t('handover.navLabel')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/settings`}>{t('nav.settings')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/about-lock`}>{t('nav.aboutLock')}</NavLink>
            </li>
            <li>
              <NavLink to="/">{t('nav.allBooks')}</NavLink>
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
