import { useTranslation } from 'react-i18next';

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
    <section aria-labelledby="person-entries-heading">
      <h2 id="person-entries-heading">{t('people.person.entries', { name: person.name })}</h2>
      {entries.length === 0 ? (
        <p>{t('people.person.noEntries', { name: person.name })}</p>
      ) : (
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
      )}
    </section>
  );
}
