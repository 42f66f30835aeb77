import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Entry } from '@/domain';

/** The timeline entries this photo belongs to, by title, with the way to the timeline. */
export function LinkedEntries({ bookId, entries }: { bookId: string; entries: Entry[] }) {
  const { t } = useTranslation();
  return (
    <section className="linked-entries" aria-labelledby="linked-entries-heading">
      <h3 id="linked-entries-heading">{t('photos.details.entries')}</h3>
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
    </section>
  );
}
