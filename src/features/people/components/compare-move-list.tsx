import { useTranslation } from 'react-i18next';

import { usePeopleText } from '../hooks/use-people-text';
import type { MapMove } from '../lib/compare-maps';

/** People who moved between two maps, "from … to …"; nothing when nobody did. */
export function MoveList({ title, moves }: { title: string; moves: readonly MapMove[] }) {
  const { t } = useTranslation();
  const text = usePeopleText();
  if (moves.length === 0) return null;
  return (
    <section className="compare-group">
      <h3>{title}</h3>
      <ul className="plain-list">
        {moves.map((m) => (
          <li key={m.person.id}>
            {t('people.snapshot.move', {
              name: m.person.name,
              from: text.place(m.then),
              to: text.place(m.now),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
