import { useTranslation } from 'react-i18next';

import { SelectField, type SelectOption } from '@/components';
import type { SlideshowChoices, SlideshowFilter } from '../lib/slideshow-filter';

/**
 * The three choices in the order they are shown: what each is called, what its empty choice
 * says and what it offers. One table, so a fourth choice is one more row, not one more field.
 */
const FILTERS = [
  {
    key: 'year',
    label: 'photos.slideshow.year',
    empty: 'photos.slideshow.allYears',
    options: (c) => c.years.map((y) => ({ value: String(y), label: String(y) })),
  },
  {
    key: 'personId',
    label: 'photos.slideshow.person',
    empty: 'photos.slideshow.everyone',
    options: (c) => c.people.map((p) => ({ value: p.id, label: p.name })),
  },
  {
    key: 'entryId',
    label: 'photos.slideshow.place',
    empty: 'photos.slideshow.everywhere',
    options: (c) => c.places.map((e) => ({ value: e.id, label: e.title })),
  },
] as const satisfies readonly {
  key: keyof SlideshowFilter;
  label: string;
  empty: string;
  options: (choices: SlideshowChoices) => SelectOption[];
}[];

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
      {FILTERS.map(({ key, label, empty, options }) => (
        <SelectField
          key={key}
          label={t(label)}
          empty={t(empty)}
          value={filter[key] === undefined ? '' : String(filter[key])}
          options={options(choices)}
          onChange={(raw) => {
            onPick(key, raw);
          }}
        />
      ))}
    </div>
  );
}
