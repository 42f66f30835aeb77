import { useTranslation } from 'react-i18next';

import { Notice, type NoticeProps } from '@/components';
import type { ImportSummary } from '@/media/import-photos';

/** What a photo import did: added, already in the book, and which failed and why. */
export function PhotoDropSummary({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  // One notice for each part of the summary that has anything in it, in this order.
  const parts: { tone: NonNullable<NoticeProps['tone']>; count: number; text: string }[] = [
    {
      tone: 'success',
      count: summary.added.length,
      text: t('timeline.editor.photosAdded', { count: summary.added.length }),
    },
    {
      tone: 'info',
      count: summary.duplicates.length,
      text: t('timeline.editor.photosDuplicate', { count: summary.duplicates.length }),
    },
    {
      tone: 'warning',
      count: summary.failed.length,
      text: t('timeline.editor.photosFailed', {
        names: summary.failed
          .map((f) => `${f.name} (${t(`photos.failure.${f.reason}`)})`)
          .join(', '),
      }),
    },
  ];
  return (
    <>
      {parts
        .filter((part) => part.count > 0)
        .map((part) => (
          <Notice key={part.tone} tone={part.tone}>
            {part.text}
          </Notice>
        ))}
    </>
  );
}
