import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components';
import type { SlideshowChoices, SlideshowFilter } from '../lib/slideshow-filter';

/** Choose a year, a person and a place (each only where there is something to see). */
export function SlideshowFilters({
  choices,
  filter,
  onPick,
}: {
  choices: SlideshowChoices;
  filter: SlideshowFilter;
  onPick: (key: keyof SlideshowFilter, raw: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="slideshow-filters">
      <SelectField
        label={t('photos.slideshow.year')}
        empty={t('photos.slideshow.allYears')}
        value={filter.year === undefined ? '' : String(filter.year)}
        options={choices.years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(raw) => {
          onPick('year', raw);
        }}
      />
      <SelectField
        label={t('photos.slideshow.person')}
        empty={t('photos.slideshow.everyone')}
        value={filter.personId ?? ''}
        options={choices.people.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(raw) => {
          onPick('personId', raw);
        }}
      />
      <SelectField
        label={t('photos.slideshow.place')}
        empty={t('photos.slideshow.everywhere')}
        value={filter.entryId ?? ''}
        options={choices.places.map((e) => ({ value: e.id, label: e.title }))}
        onChange={(raw) => {
          onPick('entryId', raw);
        }}
      />
    </div>
  );
}
