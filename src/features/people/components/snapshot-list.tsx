import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { NetworkSnapshot } from '@/domain';
import { EmptyState, LabelledSection, useFormatDate } from '@/components';

/** Earlier maps, newest first; each opens beside today's map to compare. */
export function SnapshotList({
  bookId,
  snapshots,
}: {
  bookId: string;
  snapshots: readonly NetworkSnapshot[];
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const days = snapshots.map((s) => formatDate(s.takenAt));
  return (
    <LabelledSection title={t('people.map.earlier')} className="snapshot-list">
      {snapshots.length === 0 ? (
        <EmptyState picture="🗺️" text={t('people.map.noEarlier')} />
      ) : (
        <ul className="plain-list">
          {snapshots.map((s, i) => {
            const sameDay = days.filter((d) => d === days[i]).length > 1;
            return (
              <li key={s.id}>
                <Link to={`/book/${bookId}/people/map/${s.id}`}>
                  {t('people.map.snapshotLink', { date: formatDate(s.takenAt, sameDay) })}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </LabelledSection>
  );
}
