import { useTranslation } from 'react-i18next';

import { Notice } from '@/components';
import type { ImportSummary } from '@/media/import-photos';

/** What a photo import did: added, already in the book, and which failed and why. */
export function PhotoDropSummary({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {summary.added.length > 0 ? (
        <Notice tone="success">
          {t('timeline.editor.photosAdded', { count: summary.added.length })}
        </Notice>
      ) : null}
      {summary.duplicates.length > 0 ? (
        <Notice tone="info">
          {t('timeline.editor.photosDuplicate', { count: summary.duplicates.length })}
        </Notice>
      ) : null}
      {summary.failed.length > 0 ? (
        <Notice tone="warning">
          {t('timeline.editor.photosFailed', {
            names: summary.failed
              .map((f) => `${f.name} (${t(`photos.failure.${f.reason}`)})`)
              .join(', '),
          })}
        </Notice>
      ) : null}
    </>
  );
}
