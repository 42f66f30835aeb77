import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { useUnlocked } from '@/features/lock/hooks/use-unlocked';

import { bookIdOf, pageTitleKey } from './page-title';

/** Gives each page its own `<title>` (WCAG 2.4.2); a locked book's pages are all "locked". */
export function DocumentTitle() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const bookId = bookIdOf(pathname);
  const unlocked = useUnlocked(bookId ?? '');
  const key = pageTitleKey(pathname, { locked: bookId !== undefined && !unlocked });
  const title = t('layout.title', { page: t(`layout.titles.${key}`) });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
