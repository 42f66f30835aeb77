import { useTranslation } from 'react-i18next';

import type { BookData } from '@/pack';

/** How many of each kind: the review before an export, and a checked pack before an import. */
export function BookCounts({ data, className }: { data: BookData; className: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className}>
      <li>{t('counts.entries', { count: data.entries.length })}</li>
      <li>{t('counts.people', { count: data.people.length })}</li>
      <li>{t('counts.photos', { count: data.photos.length })}</li>
      {data.snapshots.length > 0 ? (
        <li>{t('counts.snapshots', { count: data.snapshots.length })}</li>
      ) : null}
    </ul>
  );
}
