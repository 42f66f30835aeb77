import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { saveSnapshot } from '@/db';
import { readPhotoBlob } from '@/db';
import { newId, nowIso, withOptional } from '@/domain';
import type { Person, Photo } from '@/domain';
import { useFormatDate } from '@/components';
import { useMapSvgOptions } from '../hooks/use-map-svg-options';
import { drawnOnMap, snapshotPeople, type MapEntry } from '@/domain';
import { blobToDataUrl, downloadBlob, svgToPng } from '../lib/map-picture';
import { MAP_GEOMETRY } from '@/domain';
import { networkMapSvg } from '@/domain';

const PICTURE_WIDTH = 2400;

/** The portraits of the people drawn, as data URLs the picture can hold. */
async function readPortraits(
  bookId: string,
  drawn: readonly MapEntry[],
  photos: readonly Photo[],
): Promise<Record<string, string>> {
  const byId = new Map(photos.map((p) => [p.id, p]));
  const portraits: Record<string, string> = {};
  for (const e of drawn) {
    const photo = e.person.portraitPhotoId ? byId.get(e.person.portraitPhotoId) : undefined;
    if (!photo) continue;
    try {
      portraits[e.person.id] = await blobToDataUrl(
        await readPhotoBlob(bookId, photo.id, 'thumb', photo.mime),
      );
    } catch {
      // A portrait that does not open is drawn as initials; the picture is still made.
    }
  }
  return portraits;
}

/** The map as shown, with moves not yet stored: each person at their place on screen. */
function shownPeople(drawn: readonly MapEntry[]): Person[] {
  return drawn.map((e) => {
    const p: Person = { ...e.person, sector: e.sector, closeness: e.closeness };
    return withOptional(p, 'line', e.line);
  });
}

/** "Save the map as of today" (a dated snapshot) and "save the map as a picture" (a PNG). */
export function MapActions({
  bookId,
  entries,
  centreName,
  photos,
}: {
  bookId: string;
  entries: readonly MapEntry[];
  centreName: string;
  photos: readonly Photo[];
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const formatDate = useFormatDate();
  const svgOptions = useMapSvgOptions();
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<'snapshot' | 'picture' | null>(null);

  const snapshot = async () => {
    setBusy('snapshot');
    setStatus(null);
    const takenAt = nowIso();
    try {
      await saveSnapshot(bookId, {
        id: newId(),
        bookId,
        takenAt,
        people: snapshotPeople(entries),
      });
      setStatus({
        tone: 'success',
        text: t('people.map.snapshotSaved', { date: formatDate(takenAt) }),
      });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const picture = async () => {
    setBusy('picture');
    setStatus(null);
    try {
      // The picture draws what the map on screen draws.
      const drawn = drawnOnMap(entries);
      const portraits = await readPortraits(bookId, drawn, photos);
      const today = nowIso();
      const height = Math.round((PICTURE_WIDTH * MAP_GEOMETRY.height) / MAP_GEOMETRY.width);
      const svg = networkMapSvg(shownPeople(drawn), undefined, {
        ...svgOptions(centreName, drawn.length),
        caption: formatDate(today),
        portraits,
        width: PICTURE_WIDTH,
      });
      const png = await svgToPng(svg, PICTURE_WIDTH, height);
      const file = `${t('people.map.fileName')}-${today.slice(0, 10)}.png`;
      downloadBlob(png, file);
      setStatus({ tone: 'success', text: t('people.map.imageSaved', { file }) });
    } catch {
      setStatus({ tone: 'error', text: t('people.map.imageFailed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="map-actions">
      <div className="actions">
        <Button busy={busy === 'snapshot'} onClick={() => void snapshot()}>
          {t('people.map.saveSnapshot')}
        </Button>
        <Button variant="secondary" busy={busy === 'picture'} onClick={() => void picture()}>
          {busy === 'picture' ? t('people.map.imageSaving') : t('people.map.saveImage')}
        </Button>
      </div>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </div>
  );
}
