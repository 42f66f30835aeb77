import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import type { MixedSummary as Summary } from '../lib/mixed-import';

import { failureText } from './failure-text';

/** What happened to every file of an import, with a clear line for each one that failed. */
export function ImportSummary({ summary, onDismiss }: { summary: Summary; onDismiss: () => void }) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The Stop button the user was on is gone: bring focus to the outcome instead of <body>.
    if (document.activeElement === document.body || document.activeElement === null)
      ref.current?.focus();
  }, []);
  const { added, duplicates, failed, cancelled } = summary;
  const tone = failed.length > 0 || cancelled ? 'warning' : 'success';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={`notice notice-${tone} import-summary`}
      role="status"
      aria-labelledby="import-summary-heading"
    >
      <div className="notice-text">
        <h3 id="import-summary-heading">{t('photos.import.summaryHeading')}</h3>
        <p className="import-added">{t('photos.import.added', { count: added.length })}</p>
        {duplicates.length > 0 ? (
          <p className="import-duplicates">
            {t('photos.import.duplicates', { count: duplicates.length })}
          </p>
        ) : null}
        {cancelled ? <p>{t('photos.import.cancelled')}</p> : null}
        {/* A full disk stops the whole import: say once what to do, not only per file. */}
        {failed.some((f) => f.reason === 'storage-full') ? (
          <p className="import-storage-full">{t('errors.storage-full')}</p>
        ) : null}
        {failed.length > 0 ? (
          <>
            <p>{t('photos.import.failedHeading', { count: failed.length })}</p>
            <ul className="import-failures">
              {failed.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  {/* A file name is anyone's text: <bdi> keeps a right-to-left override in it
                      from reordering the reason after it ("photo‮gpj.exe" posing as .jpg). */}
                  <strong className="import-failure-name">
                    <bdi>{f.name}</bdi>
                  </strong>
                  {': '}
                  <span className="import-failure-reason">{failureText(t, i18n, f)}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div className="notice-actions">
        <Button variant="quiet" onClick={onDismiss}>
          {t('photos.import.dismiss')}
        </Button>
      </div>
    </div>
  );
}
