import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, EmojiPicture, NavIcon, PhoneFold } from '@/components';
import { TextField } from '@/components';
import type { Person } from '@/domain';
import { isFiltering, NO_FILTER, type TimelineFilter } from '../lib/filter-entries';
import { ENTRY_KINDS } from '@/domain';
import { KIND_PICTURE } from '../lib/kinds';

export interface TimelineFiltersProps {
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
  people: readonly Person[];
}

/** Search and filters. The search runs over the decrypted book in memory, never an index. */
export function TimelineFilters({ filter, onChange, people }: TimelineFiltersProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const personId = useId();
  const toggleKind = (kind: (typeof ENTRY_KINDS)[number]) => {
    const kinds = filter.kinds.includes(kind)
      ? filter.kinds.filter((k) => k !== kind)
      : [...filter.kinds, kind];
    onChange({ ...filter, kinds });
  };

  // Folded behind one button on a phone, which says how many filters are in use.
  const active =
    (filter.query.trim() === '' ? 0 : 1) + filter.kinds.length + (filter.personId ? 1 : 0);

  return (
    <PhoneFold
      compact
      label={t('layout.searchAndFilters')}
      icon={<NavIcon name="search" />}
      active={active}
    >
      <section className="timeline-filters" aria-labelledby={headingId}>
        <h2 id={headingId} className="visually-hidden">
          {t('timeline.filters.label')}
        </h2>
        <TextField
          type="search"
          className="timeline-search"
          label={t('timeline.filters.search')}
          hint={t('timeline.filters.searchHint')}
          value={filter.query}
          autoComplete="off"
          onChange={(e) => {
            onChange({ ...filter, query: e.target.value });
          }}
        />
        <fieldset className="kind-filter">
          <legend>{t('timeline.filters.kinds')}</legend>
          <div className="kind-filter-items">
            {ENTRY_KINDS.map((kind) => (
              <Button
                key={kind}
                variant="quiet"
                className="kind-toggle"
                aria-pressed={filter.kinds.includes(kind)}
                onClick={() => {
                  toggleKind(kind);
                }}
              >
                <span aria-hidden="true">
                  <EmojiPicture emoji={KIND_PICTURE[kind]} />
                </span>
                {t(`timeline.kinds.${kind}`)}
              </Button>
            ))}
          </div>
        </fieldset>
        {people.length > 0 ? (
          <div className="field person-filter">
            <label htmlFor={personId}>{t('timeline.filters.person')}</label>
            <select
              id={personId}
              value={filter.personId ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                onChange({ ...filter, personId: value === '' ? undefined : value });
              }}
            >
              <option value="">{t('timeline.filters.anyone')}</option>
              {[...people]
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </div>
        ) : null}
        {isFiltering(filter) ? (
          <Button
            variant="secondary"
            onClick={() => {
              onChange(NO_FILTER);
            }}
          >
            {t('timeline.filters.clear')}
          </Button>
        ) : null}
      </section>
    </PhoneFold>
  );
}
