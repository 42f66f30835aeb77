import { useTranslation } from 'react-i18next';

import { SelectField } from '@/components';
import type { Person } from '@/domain';

export interface TimelinePersonFilterProps {
  people: readonly Person[];
  /** The person whose entries are shown; undefined for anyone. */
  personId: string | undefined;
  onChange: (personId: string | undefined) => void;
}

/** Entries that name one person, chosen from the book's people by name. */
export function TimelinePersonFilter({ people, personId, onChange }: TimelinePersonFilterProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      className="person-filter"
      label={t('timeline.filters.person')}
      value={personId ?? ''}
      onChange={(value) => {
        onChange(value === '' ? undefined : value);
      }}
      empty={t('timeline.filters.anyone')}
      options={[...people]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((p) => ({ value: p.id, label: p.name }))}
    />
  );
}
