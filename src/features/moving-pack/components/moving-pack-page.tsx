import '../moving-pack.css';

import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { DEFAULT_EXPORT_CHOICES, type ExportChoices } from '@/pack';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { useFormatDate } from '@/components';
import { useBookActivity } from '../hooks/use-book-activity';
import { useExportReview } from '../hooks/use-export-review';

import { PackExport } from './pack-export';
import { ExportReview } from './export-review';
import { PdfExport } from './pdf-export';

/** "Når jeg flytter": review what goes along, then make the moving pack or the PDF. */
export function MovingPackPage() {
  const { t, i18n } = useTranslation();
  const { bookId = '' } = useParams();
  const errorText = useErrorText();
  const formatDate = useFormatDate();
  const review = useExportReview(bookId);
  const activity = useBookActivity(bookId);
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_EXPORT_CHOICES);
  const [runningJobs, setRunningJobs] = useState(0);
  const onRunning = useCallback((running: boolean) => {
    setRunningJobs((n) => Math.max(0, n + (running ? 1 : -1)));
  }, []);
  const locale = i18n.language === 'en' ? 'en' : 'da';

  return (
    <div className="moving-pack">
      <h1>{t('pack.title')}</h1>
      <p>{t('pack.intro')}</p>
      {activity ? (
        <p data-testid="last-export">
          {activity.exportedAt
            ? t('pack.lastExport', { date: formatDate(activity.exportedAt) })
            : t('pack.neverExported')}
          {activity.exportedAt && activity.changedAt && activity.changedAt > activity.exportedAt
            ? ` ${t('pack.changedSince')}`
            : null}
        </p>
      ) : null}
      {review.status === 'loading' ? <p role="status">{t('pack.loading')}</p> : null}
      {review.status === 'failed' ? <Notice tone="error">{errorText(review.error)}</Notice> : null}
      {review.status === 'ready' ? (
        <>
          {review.damaged > 0 ? (
            <Notice tone="warning">{t('pack.damaged', { count: review.damaged })}</Notice>
          ) : null}
          <ExportReview
            content={review.content}
            leftOut={review.leftOut}
            choices={choices}
            onChange={setChoices}
            disabled={runningJobs > 0}
          />
          <PackExport
            bookId={bookId}
            nickname={review.content.book.cover.nickname}
            locale={locale}
            choices={choices}
            onRunning={onRunning}
          />
          <PdfExport bookId={bookId} locale={locale} choices={choices} onRunning={onRunning} />
        </>
      ) : null}
    </div>
  );
}
