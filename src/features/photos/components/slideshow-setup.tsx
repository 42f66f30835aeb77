import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, LabelledSection } from '@/components';
import type { Entry, Locale, Person, Photo } from '@/domain';
import {
  slideshowChoices,
  slideshowPhotos,
  voiceNotesByPhoto,
  type SlideshowFilter,
} from '../lib/slideshow-filter';

import { SlideshowDialog } from './slideshow-dialog';
import { SlideshowFilters } from './slideshow-filters';

/** "Look at photos together": choose a period, a person or a place, then the whole screen. */
export function SlideshowSetup({
  photos,
  people,
  entries,
  locale,
}: {
  photos: Photo[];
  people: Person[];
  entries: Entry[];
  locale: Locale;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<SlideshowFilter>({});
  const [showing, setShowing] = useState<Photo[] | null>(null);
  const choices = useMemo(
    () => slideshowChoices(photos, people, entries),
    [photos, people, entries],
  );
  const chosen = useMemo(
    () => slideshowPhotos(photos, people, entries, filter),
    [photos, people, entries, filter],
  );
  const voices = useMemo(() => voiceNotesByPhoto(photos, people), [photos, people]);
  const pick = (key: keyof SlideshowFilter, raw: string) => {
    setFilter((f) => {
      const year = key === 'year' ? raw : f.year;
      const personId = key === 'personId' ? raw : f.personId;
      const entryId = key === 'entryId' ? raw : f.entryId;
      return {
        ...(year !== undefined && year !== '' ? { year: Number(year) } : {}),
        ...(personId ? { personId } : {}),
        ...(entryId ? { entryId } : {}),
      };
    });
  };

  return (
    <LabelledSection className="slideshow-setup" title={t('photos.slideshow.heading')}>
      <p>{t('photos.slideshow.intro')}</p>
      <SlideshowFilters choices={choices} filter={filter} onPick={pick} />
      <p className="field-hint">{t('photos.slideshow.excluded')}</p>
      <div className="actions">
        <Button
          className="slideshow-start"
          disabled={chosen.length === 0}
          onClick={() => {
            setShowing(chosen);
          }}
        >
          <span aria-hidden="true">▶</span> {t('photos.slideshow.start')}
        </Button>
        <span className="slideshow-count" aria-live="polite">
          {chosen.length === 0
            ? t('photos.slideshow.noneMatch')
            : t('photos.slideshow.count', { count: chosen.length })}
        </span>
      </div>
      {showing ? (
        <SlideshowDialog
          photos={showing}
          voices={voices}
          locale={locale}
          onClose={() => {
            setShowing(null);
          }}
        />
      ) : null}
    </LabelledSection>
  );
}
