import { useTranslation } from 'react-i18next';

import { mediaKindOf, type MediaKind } from '@/domain';
import type { BookData } from '@/pack';

/** How many of each kind: the review before an export, and a checked pack before an import. */
export function BookCounts({ data, className }: { data: BookData; className: string }) {
  const { t } = useTranslation();
  const kinds = new Map<MediaKind, number>();
  for (const p of data.photos) kinds.set(mediaKindOf(p), (kinds.get(mediaKindOf(p)) ?? 0) + 1);
  const count = (kind: MediaKind) => kinds.get(kind) ?? 0;
  // Kinds other than photos are named only when the book has them: most books hold photos only.
  const more = (
    [
      ['drawing', 'packMedia.counts.drawings'],
      ['voice', 'packMedia.counts.voices'],
      ['video', 'packMedia.counts.videos'],
      ['paper', 'packMedia.counts.papers'],
    ] as const
  ).filter(([kind]) => count(kind) > 0);
  return (
    <ul className={className}>
      <li>{t('counts.entries', { count: data.entries.length })}</li>
      <li>{t('counts.people', { count: data.people.length })}</li>
      <li>{t('counts.photos', { count: count('photo') })}</li>
      {more.map(([kind, key]) => (
        <li key={kind}>{t(key, { count: count(kind) })}</li>
      ))}
      {data.snapshots.length > 0 ? (
        <li>{t('counts.snapshots', { count: data.snapshots.length })}</li>
      ) : null}
    </ul>
  );
}
