import { useTranslation } from 'react-i18next';

import type { MapComparison } from '../lib/compare-maps';

import { MoveList } from './compare-move-list';
import { PersonList } from './compare-person-list';

/** Who came closer, who moved away, who is new and who is gone since an older map. */
export function SnapshotCompare({ comparison, date }: { comparison: MapComparison; date: string }) {
  const { t } = useTranslation();
  const c = comparison;
  const changed =
    c.closer.length +
    c.further.length +
    c.otherSector.length +
    c.added.length +
    c.gone.length +
    c.goneUnknown;
  return (
    <section aria-labelledby="compare-heading" className="snapshot-compare">
      <h2 id="compare-heading">{t('people.snapshot.compare', { date })}</h2>
      {changed === 0 ? <p>{t('people.snapshot.nothingChanged')}</p> : null}
      <MoveList title={t('people.snapshot.closer')} moves={c.closer} />
      <MoveList title={t('people.snapshot.further')} moves={c.further} />
      <MoveList title={t('people.snapshot.otherSector')} moves={c.otherSector} />
      <PersonList title={t('people.snapshot.added')} people={c.added} />
      {c.gone.length + c.goneUnknown > 0 ? (
        <section className="compare-group">
          <h3>{t('people.snapshot.gone')}</h3>
          <ul className="plain-list">
            {c.gone.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
            {c.goneUnknown > 0 ? (
              <li>{t('people.snapshot.goneUnknown', { count: c.goneUnknown })}</li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <PersonList title={t('people.snapshot.same')} people={c.same} />
    </section>
  );
}
