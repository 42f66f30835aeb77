import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import type { Person } from '@/domain';

/** The people an entry names, with their relation to the child. */
export function EntryNamedPeople({ people }: { people: readonly Person[] }) {
  const { t } = useTranslation();
  return (
    <LabelledSection title={t('timeline.entry.people')}>
      <ul className="entry-people-list">
        {people.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>
            {p.relation ? ` · ${p.relation}` : ''}
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
