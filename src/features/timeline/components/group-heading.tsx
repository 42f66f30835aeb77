import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture } from '@/components';
import type { TimelineRow } from '@/domain';
import type { Entry } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { KIND_PICTURE } from '../lib/kinds';
import { entryPath } from '../lib/paths';

type HeadingRow = Exclude<TimelineRow<Entry>, { type: 'entry' }>;

/**
 * "2015 · 6 år", with the homes, schools and clubs that still went on that year, so periods
 * are seen alongside the moments; or "da jeg var 5" and "no date" for the unplaced.
 */
export const GroupHeading = memo(function GroupHeading({ row }: { row: HeadingRow }) {
  const { t } = useTranslation();
  const { bookId } = useBookContext();
  if (row.type === 'age') {
    return <h2 className="timeline-year">{t('date.age', { age: row.age })}</h2>;
  }
  if (row.type === 'undated') return <h2 className="timeline-year">{t('timeline.undated')}</h2>;
  return (
    <div className="timeline-year-group">
      <h2 className="timeline-year">
        {row.age !== undefined
          ? t('timeline.yearAge', { year: row.year, count: row.age })
          : String(row.year)}
      </h2>
      {row.continuing.length > 0 ? (
        <div className="timeline-continuing">
          <span>{t('timeline.continuing')}</span>
          <ul>
            {row.continuing.map((e) => (
              <li key={e.id} className={`period-chip kind-${e.kind}`}>
                <Link to={entryPath(bookId, e.id)}>
                  <span aria-hidden="true">
                    <EmojiPicture emoji={KIND_PICTURE[e.kind]} />{' '}
                  </span>
                  <span className="visually-hidden">{t(`timeline.kinds.${e.kind}`)}: </span>
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
});
