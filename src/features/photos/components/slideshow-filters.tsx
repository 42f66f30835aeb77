import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { SlideshowChoices, SlideshowFilter } from '../lib/slideshow-filter';

/** One choice of the three: a label, "all" first, then the options that show something. */
function FilterSelect({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string;
  all: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (raw: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <FilterSelect
        label={t('photos.slideshow.year')}
        all={t('photos.slideshow.allYears')}
        value={filter.year === undefined ? '' : String(filter.year)}
        options={choices.years.map((y) => ({ value: String(y), label: String(y) }))}
        onChange={(raw) => {
          onPick('year', raw);
        }}
      />
      <FilterSelect
        label={t('photos.slideshow.person')}
        all={t('photos.slideshow.everyone')}
        value={filter.personId ?? ''}
        options={choices.people.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(raw) => {
          onPick('personId', raw);
        }}
      />
      <FilterSelect
        label={t('photos.slideshow.place')}
        all={t('photos.slideshow.everywhere')}
        value={filter.entryId ?? ''}
        options={choices.places.map((e) => ({ value: e.id, label: e.title }))}
        onChange={(raw) => {
          onPick('entryId', raw);
        }}
      />
    </div>
  );
}
