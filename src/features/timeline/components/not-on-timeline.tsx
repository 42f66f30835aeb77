import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useBookContext } from '../hooks/use-book-context';
import { timelinePath } from '../lib/paths';

export function NotOnTimeline() {
  const { t } = useTranslation();
  const { bookId } = useBookContext();
  return (
    <div>
      <h1>{t('timeline.entry.notFound')}</h1>
      <Link to={timelinePath(bookId)}>{t('timeline.entry.back')}</Link>
    </div>
  );
}
