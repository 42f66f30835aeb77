import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import type { Person } from '@/domain';
import { usePeopleText } from '../hooks/use-people-text';
import type { MapComparison, MapMove } from '../lib/compare-maps';

import { CompareGroup, type CompareLine } from './compare-group';

const names = (people: readonly Person[]): CompareLine[] =>
  people.map((p) => ({ key: p.id, text: p.name }));

/** Who came closer, who moved away, who is new and who is gone since an older map. */
export function SnapshotCompare({ comparison, date }: { comparison: MapComparison; date: string }) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const c = comparison;
  const changed =
    c.closer.length +
    c.further.length +
    c.otherSector.length +
    c.added.length +
    c.gone.length +
    c.goneUnknown;
  // "from … to …" for each person who moved between the two maps.
  const moves = (list: readonly MapMove[]): CompareLine[] =>
    list.map((m) => ({
      key: m.person.id,
      text: t('people.snapshot.move', {
        name: m.person.name,
        from: text.place(m.then),
        to: text.place(m.now),
      }),
    }));
  // People deleted from the book for good still count, though no name is left to show.
  const unknown: CompareLine[] =
    c.goneUnknown > 0
      ? [{ key: 'gone-unknown', text: t('people.snapshot.goneUnknown', { count: c.goneUnknown }) }]
      : [];
  return (
    <LabelledSection title={t('people.snapshot.compare', { date })} className="snapshot-compare">
      {changed === 0 ? <p>{t('people.snapshot.nothingChanged')}</p> : null}
      <CompareGroup title={t('people.snapshot.closer')} lines={moves(c.closer)} />
      <CompareGroup title={t('people.snapshot.further')} lines={moves(c.further)} />
      <CompareGroup title={t('people.snapshot.otherSector')} lines={moves(c.otherSector)} />
      <CompareGroup title={t('people.snapshot.added')} lines={names(c.added)} />
      <CompareGroup title={t('people.snapshot.gone')} lines={[...names(c.gone), ...unknown]} />
      <CompareGroup title={t('people.snapshot.same')} lines={names(c.same)} />
    </LabelledSection>
  );
}
