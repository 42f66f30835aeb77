import { useTranslation } from 'react-i18next';

import { Button, LabelledSection, NavIcon, PhoneFold, SearchField } from '@/components';
import type { EntryKind, Person } from '@/domain';
import { isFiltering, NO_FILTER, type TimelineFilter } from '../lib/filter-entries';

import { TimelineKindFilter } from './timeline-kind-filter';
import { TimelinePersonFilter } from './timeline-person-filter';

export interface TimelineFiltersProps {
  filter: TimelineFilter;
  onChange: (filter: TimelineFilter) => void;
  people: readonly Person[];
}

/** Search and filters. The search runs over the decrypted book in memory, never an index. */
export function TimelineFilters({ filter, onChange, people }: TimelineFiltersProps) {
  const { t } = useTranslation();
  const toggleKind = (kind: EntryKind) => {
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
      <LabelledSection
        className="timeline-filters"
        headingClassName="visually-hidden"
        title={t('timeline.filters.label')}
      >
        <SearchField
          className="timeline-search"
          label={t('timeline.filters.search')}
          hint={t('timeline.filters.searchHint')}
          value={filter.query}
          onValueChange={(query) => {
            onChange({ ...filter, query });
          }}
        />
        <TimelineKindFilter kinds={filter.kinds} onToggle={toggleKind} />
        {people.length > 0 ? (
          <TimelinePersonFilter
            people={people}
            personId={filter.personId}
            onChange={(id) => {
              onChange({ ...filter, personId: id });
            }}
          />
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
      </LabelledSection>
    </PhoneFold>
  );
}
