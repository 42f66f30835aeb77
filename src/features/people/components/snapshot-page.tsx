import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { useBinnedPeople, usePeople, useSnapshots } from '../hooks/use-people';
import { Notice, PageHeader, useFormatDate } from '@/components';
import { usePeopleDrawing } from '../hooks/use-people-drawing';
import { compareMaps } from '../lib/compare-maps';
import { MAP_DRAW_MAX, mapEntries } from '@/domain';

import { DeleteSnapshot } from './delete-snapshot';
import { NetworkMap } from './network-map';
import { NetworkTable } from './network-table';
import { PeopleNotFound } from './not-found';
import { SnapshotCompare } from './snapshot-compare';

/** An older map beside today's, with what changed in words and the old map as a table. */
export function SnapshotPage() {
  const { t } = useTranslation();
  const { bookId = '', snapshotId = '' } = useParams();
  const data = usePeople(bookId);
  const binned = useBinnedPeople(bookId);
  const snapshots = useSnapshots(bookId);
  const formatDate = useFormatDate();
  // An older map may hold people since deleted: their portraits too.
  const everyone = useMemo(() => [...(data?.people ?? []), ...(binned ?? [])], [data, binned]);
  const { photos, centreName, portraits } = usePeopleDrawing(bookId, everyone);
  const back = `/book/${bookId}/people/map`;

  if (!data || !binned || !snapshots || !photos) return <p role="status">{t('people.loading')}</p>;
  const snapshot = snapshots.find((s) => s.id === snapshotId);
  if (!snapshot) {
    return <PeopleNotFound message={t('people.snapshot.notFound')} back={back} />;
  }
  const date = formatDate(snapshot.takenAt);
  const then = mapEntries(everyone, snapshot);
  const now = mapEntries(data.people);
  const comparison = compareMaps(snapshot, data.people, binned);

  return (
    <div className="snapshot-page">
      <PageHeader
        back={{ to: back, label: t('people.snapshot.back') }}
        title={t('people.snapshot.title', { date })}
      />
      {Math.max(then.length, now.length) > MAP_DRAW_MAX ? (
        <Notice tone="info">
          {t('people.map.tooMany', {
            total: Math.max(then.length, now.length),
            max: MAP_DRAW_MAX,
          })}
        </Notice>
      ) : null}
      <div className="snapshot-maps">
        <figure>
          <NetworkMap
            entries={then}
            centreName={centreName}
            portraits={portraits}
            title={t('people.snapshot.svgTitle', { name: centreName, date })}
          />
          <figcaption>{t('people.snapshot.then', { date })}</figcaption>
        </figure>
        <figure>
          <NetworkMap entries={now} centreName={centreName} portraits={portraits} />
          <figcaption>{t('people.snapshot.now')}</figcaption>
        </figure>
      </div>
      <SnapshotCompare comparison={comparison} date={date} />
      <NetworkTable
        bookId={bookId}
        entries={then}
        caption={t('people.snapshot.tableTitle', { date })}
      />
      <DeleteSnapshot bookId={bookId} id={snapshot.id} date={date} />
    </div>
  );
}
