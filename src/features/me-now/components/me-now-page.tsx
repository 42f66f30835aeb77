import '../me-now.css';

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { Notice } from '@/components';
import { currentAge } from '@/domain';
import { usePurgeBin } from '@/hooks';
import { useBookCounts, useBookDetails, useBookSummary, usePhotos } from '../hooks/use-book';

import { MeNowForm } from './me-now-form';
import { MeNowPhoto } from './me-now-photo';
import { MeNowPrompts } from './me-now-prompts';
import { PhotoStrip } from './photo-strip';

/** The book's home: start in the present ("me now"). */
export function MeNowPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const summary = useBookSummary(bookId);
  const details = useBookDetails(bookId);
  const counts = useBookCounts(bookId);
  const photos = usePhotos(bookId);
  usePurgeBin(bookId);
  if (!summary || !details) return <p role="status">{t('app.loading')}</p>;
  const age = currentAge(details.birthDate, new Date());
  const damaged = photos?.damaged.length ?? 0;

  return (
    <div className="me-now">
      <h1>
        {t('meNow.title')}
        {age !== undefined ? (
          <span className="age-tag"> · {t('meNow.age', { count: age })}</span>
        ) : null}
      </h1>
      <p className="lead">{t('meNow.intro')}</p>
      {damaged > 0 ? (
        <Notice tone="warning">{t('meNow.damaged', { count: damaged })}</Notice>
      ) : null}
      <MeNowPrompts bookId={bookId} ageMode={summary.cover.ageMode} />
      <div className="me-now-grid">
        <MeNowForm
          key={bookId}
          bookId={bookId}
          meNow={details.meNow}
          ageMode={summary.cover.ageMode}
        />
        <MeNowPhoto bookId={bookId} meNow={details.meNow} name={summary.cover.nickname} />
      </div>
      {counts ? (
        <section aria-labelledby="in-book-heading">
          <h2 id="in-book-heading">{t('meNow.inBook')}</h2>
          <ul className="counts">
            <li>{t('counts.entries', { count: counts.entries })}</li>
            <li>{t('counts.people', { count: counts.people })}</li>
            <li>{t('counts.photos', { count: counts.photos })}</li>
          </ul>
        </section>
      ) : null}
      <PhotoStrip bookId={bookId} />
    </div>
  );
}
