import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import { formatEntryWhen } from '@/domain';
import { translator } from '@/i18n';
import type { Entry, FuzzyDate, Person } from '@/domain';

/** Timeline entries that name a person, in the timeline's order, with their fuzzy dates. */
export function PersonEntries({
  person,
  entries,
  birth,
}: {
  person: Person;
  entries: readonly Entry[];
  birth: FuzzyDate | undefined;
}) {
  const { t, i18n } = useTranslation();
  const translate = translator(i18n, i18n.language);
  const when = (e: Entry) => formatEntryWhen(e, translate, birth, new Date()) ?? '';
  return (
    <LabelledSection
      title={t('people.person.entries', { name: person.name })}
      empty={entries.length === 0 && t('people.person.noEntries', { name: person.name })}
    >
      <ul className="person-entries">
        {entries.map((e) => (
          <li key={e.id}>
            {e.feeling ? <span aria-hidden="true">{e.feeling} </span> : null}
            <strong>{e.title}</strong>
            {when(e) ? <span className="entry-when"> · {when(e)}</span> : null}
            {e.visibility === 'only-me' ? (
              <span className="badge">{t('people.person.onlyMe')}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
