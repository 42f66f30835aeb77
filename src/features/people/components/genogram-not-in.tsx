import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LabelledSection } from '@/components';
import type { Person } from '@/domain';

/** Family and relatives with no family link yet: each a link to their page, at most `max`. */
export function GenogramNotIn({
  bookId,
  people,
  max,
}: {
  bookId: string;
  people: readonly Person[];
  max: number;
}) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <LabelledSection title={t('people.genogram.notIn')}>
      <p>{t('people.genogram.notInHint')}</p>
      <ul className="plain-list">
        {people.slice(0, max).map((p) => (
          <li key={p.id}>
            <Link to={`/book/${bookId}/people/${p.id}`}>{p.name}</Link>
          </li>
        ))}
      </ul>
      {people.length > max ? (
        <p>{t('people.genogram.notInMore', { count: people.length - max })}</p>
      ) : null}
    </LabelledSection>
  );
}
