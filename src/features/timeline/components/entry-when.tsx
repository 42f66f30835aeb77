import { useTranslation } from 'react-i18next';

import { ageAt } from '@/domain';
import { periodAges } from '@/domain';
import type { Entry } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';

/** "Hjem · I en plejefamilie · efteråret 2017–juni 2022 · Fra jeg var 3 til 8 år". */
export function EntryWhen({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { birth } = useBookContext();
  const dates = useDateText(birth);
  const parts: string[] = [t(`timeline.kinds.${entry.kind}`)];
  const subKinds = t('timeline.subKinds', { returnObjects: true }) as Record<string, string>;
  const sub = entry.subKind ? subKinds[entry.subKind] : undefined;
  if (sub) parts.push(sub);
  if (entry.period) {
    parts.push(dates.period(entry.period));
    const ages = periodAges(entry.period, birth);
    if (ages.start !== undefined && ages.end !== undefined && ages.end !== ages.start) {
      parts.push(t('timeline.entry.agesRange', { start: ages.start, end: ages.end }));
    } else if (ages.start !== undefined) {
      parts.push(t('timeline.entry.agesSince', { start: ages.start }));
    }
  } else {
    parts.push(dates.fuzzy(entry.date));
    const age = entry.date && entry.date.age === undefined ? ageAt(birth, entry.date) : undefined;
    if (age !== undefined) parts.push(t('timeline.entry.ageAt', { age }));
  }
  return <p className="entry-when">{parts.join(' · ')}</p>;
}
