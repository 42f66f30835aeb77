import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LabelledSection } from '@/components';
import type { Entry } from '@/domain';

/** The timeline entries this photo belongs to, by title, with the way to the timeline. */
export function LinkedEntries({ bookId, entries }: { bookId: string; entries: Entry[] }) {
  const { t } = useTranslation();
  return (
    <LabelledSection className="linked-entries" level={3} title={t('photos.details.entries')}>
      {entries.length === 0 ? (
        <p className="field-hint">{t('photos.details.noEntries')}</p>
      ) : (
        <ul>
          {entries.map((e) => (
            <li key={e.id}>{e.title}</li>
          ))}
        </ul>
      )}
      <Link to={`/book/${bookId}/timeline`}>{t('photos.details.openTimeline')}</Link>
    </LabelledSection>
  );
}
