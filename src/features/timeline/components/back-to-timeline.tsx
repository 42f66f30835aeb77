import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { timelinePath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

/** The way back to the timeline, at the top of each page below it. */
export function BackToTimeline({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={timelinePath(bookId)}>
        <span aria-hidden="true">{PICTURES.back}</span>
        {t('timeline.entry.back')}
      </Link>
    </p>
  );
}
