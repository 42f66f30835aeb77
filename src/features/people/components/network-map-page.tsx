import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState, Notice, PageHeader } from '@/components';
import { MAP_DRAW_MAX } from '@/domain';
import { useMapMoves } from '../hooks/use-map-moves';
import { useBackToPeople } from '../hooks/use-back-to-people';
import { usePeople, useSnapshots } from '../hooks/use-people';
import { usePeopleDrawing } from '../hooks/use-people-drawing';
import { minTargetRadius } from '../lib/map-zoom';

import { MapActions } from './map-actions';
import { MapViewport } from './map-viewport';
import { MoveDialog } from './move-dialog';
import { NetworkMap } from './network-map';
import { NetworkTable } from './network-table';
import { SnapshotList } from './snapshot-list';

/** No one on the map yet: an invitation to add the first person. */
function EmptyMap({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      picture="🗺️"
      title={t('empty.map.title')}
      text={t('people.map.empty')}
      action={
        <Link className="btn btn-primary" to={`/book/${bookId}/people/new`}>
          {t('people.add')}
        </Link>
      }
    />
  );
}

/** Today's network map: drag or key people between circles and sectors, save it, compare. */
export function NetworkMapPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const data = usePeople(bookId);
  const snapshots = useSnapshots(bookId);
  const { photos, centreName, portraits } = usePeopleDrawing(bookId, data?.people);
  const back = useBackToPeople(bookId);
  const instructionsId = useId();
  const [opened, setOpened] = useState<string | null>(null);
  const { entries, move, moveTo, stuck, announcement, error } = useMapMoves(bookId, data?.people);

  if (!data || !photos || !snapshots) return <p role="status">{t('people.loading')}</p>;

  const openedEntry = entries.find((e) => e.person.id === opened);

  return (
    <div className="network-page">
      <PageHeader back={back} title={t('people.map.title')} intro={t('people.map.intro')} />
      {entries.length === 0 ? <EmptyMap bookId={bookId} /> : null}
      <MapActions bookId={bookId} entries={entries} centreName={centreName} photos={photos} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      {entries.length > MAP_DRAW_MAX ? (
        <Notice tone="info">
          {t('people.map.tooMany', { total: entries.length, max: MAP_DRAW_MAX })}
        </Notice>
      ) : null}
      <p id={instructionsId} className="map-instructions">
        {t('people.map.instructions')}
      </p>
      <MapViewport label={t('bookCover.map.frame')}>
        {(scale) => (
          <NetworkMap
            entries={entries}
            centreName={centreName}
            portraits={portraits}
            movable={{
              describedBy: instructionsId,
              onMove: moveTo,
              onStuck: stuck,
              onOpen: setOpened,
              minTargetRadius: minTargetRadius(scale),
            }}
          />
        )}
      </MapViewport>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="map-announcer">
        {announcement}
      </p>
      <NetworkTable
        bookId={bookId}
        entries={entries}
        caption={t('people.map.tableTitle')}
        onMove={setOpened}
      />
      <SnapshotList bookId={bookId} snapshots={snapshots} />
      <MoveDialog
        bookId={bookId}
        entry={openedEntry}
        onSave={(id, choice) => {
          setOpened(null);
          move(id, choice);
        }}
        onClose={() => {
          setOpened(null);
        }}
      />
    </div>
  );
}
