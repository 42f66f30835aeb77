import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  const selectId = useId();
  return (
    <div className="field person-filter">
      <label htmlFor={selectId}>{t('timeline.filters.person')}</label>
      <select
        id={selectId}
        value={personId ?? ''}
        onChange={(e) => {
          const value = e.target.value;
          onChange(value === '' ? undefined : value);
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
  );
}
