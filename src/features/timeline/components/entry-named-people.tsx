import { useTranslation } from 'react-i18next';

import type { Person } from '@/domain';

/** The people an entry names, with their relation to the child. */
export function EntryNamedPeople({ people }: { people: readonly Person[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="entry-people-heading">
      <h2 id="entry-people-heading">{t('timeline.entry.people')}</h2>
      <ul className="entry-people-list">
        {people.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>
            {p.relation ? ` · ${p.relation}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
