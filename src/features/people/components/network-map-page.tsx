import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { EmptyState, Notice } from '@/components';
import { useErrorText } from '@/components';
import { savePeople } from '@/db';
import { nowIso } from '@/domain';
import type { Person } from '@/domain';
import { useBookName, useBookPhotos, usePeople, useSnapshots } from '../hooks/use-people';
import { usePeopleText } from '../hooks/use-people-text';
import { usePortraitUrls } from '../hooks/use-portrait-urls';
import { MAP_DRAW_MAX, mapEntries, type MapEntry } from '@/domain';
import { minTargetRadius } from '../lib/map-zoom';
import type { Place } from '@/domain';

import { MapActions } from './map-actions';
import { MapViewport } from './map-viewport';
import { MoveDialog } from './move-dialog';
import type { MoveChoice } from './move-form';
import { NetworkMap } from './network-map';
import { NetworkTable } from './network-table';
import { SnapshotList } from './snapshot-list';

/** A move shown at once, on top of the stored person it started from (`base` = updatedAt). */
type Pending = ReadonlyMap<string, { to: MoveChoice; base: string }>;

/** Today's network map: drag or key people between circles and sectors, save it, compare. */
export function NetworkMapPage() {
  const { t } = useTranslation();
  const text = usePeopleText();
  const errorText = useErrorText();
  const { bookId = '' } = useParams();
  const data = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const snapshots = useSnapshots(bookId);
  const centreName = useBookName(bookId) ?? t('people.me');
  const instructionsId = useId();
  // Moves show at once; the stored record catches up a moment later through the live query.
  const [pending, setPending] = useState<Pending>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);

  const people = data?.people;
  // A pending move counts only while the stored person is the one it started from; once the
  // save arrives through the live query, the stored person shows (and says the same).
  const entries = useMemo(
    () =>
      mapEntries(people ?? []).map((e) => {
        const p = pending.get(e.person.id);
        if (p?.base !== e.person.updatedAt) return e;
        const moved: MapEntry = {
          person: e.person,
          sector: p.to.sector,
          closeness: p.to.closeness,
        };
        if (p.to.line) moved.line = p.to.line;
        return moved;
      }),
    [people, pending],
  );
  const portraits = usePortraitUrls(bookId, people ?? [], photos);

  if (!data || !photos || !snapshots) return <p role="status">{t('people.loading')}</p>;

  const move = (personId: string, to: MoveChoice) => {
    const stored = data.people.find((p) => p.id === personId);
    if (!stored) return;
    setPending((old) => new Map(old).set(personId, { to, base: stored.updatedAt }));
    setError(null);
    setAnnouncement(
      t('people.map.moved', {
        name: stored.name,
        closeness: text.closeness(to.closeness),
        sector: text.sector(to.sector),
      }),
    );
    const next: Person = {
      ...stored,
      sector: to.sector,
      closeness: to.closeness,
      updatedAt: nowIso(),
    };
    if (to.line) next.line = to.line;
    else delete next.line;
    savePeople(bookId, [next]).catch((e: unknown) => {
      setPending((old) => {
        const rest = new Map(old);
        rest.delete(personId);
        return rest;
      });
      setError(t('people.map.moveFailed', { name: stored.name, reason: errorText(e) }));
    });
  };

  const moveTo = (personId: string, place: Place) => {
    const current = entries.find((e) => e.person.id === personId);
    move(personId, { ...place, line: current?.line });
  };

  const openedEntry = entries.find((e) => e.person.id === opened);

  return (
    <div className="network-page">
      <p>
        <Link to={`/book/${bookId}/people`}>{t('people.person.back')}</Link>
      </p>
      <h1>{t('people.map.title')}</h1>
      <p className="lead">{t('people.map.intro')}</p>
      {entries.length === 0 ? (
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
      ) : null}
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
            title={t('people.map.svgTitle', { name: centreName })}
            description={t('people.map.svgDesc', { count: entries.length, name: centreName })}
            movable={{
              describedBy: instructionsId,
              onMove: moveTo,
              onStuck: (id) => {
                const name = entries.find((e) => e.person.id === id)?.person.name ?? '';
                setAnnouncement(t('people.map.cannotMove', { name }));
              },
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
