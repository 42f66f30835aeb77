import { useTranslation } from 'react-i18next';

import { ageAt, isAhead } from '@/domain';
import { periodAges } from '@/domain';
import type { Entry } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';

/**
 * "Hjem · I en plejefamilie · efteråret 2017–juni 2022 · Fra jeg var 3 til 8 år". Each fact once:
 * no sub-kind that repeats the kind ("Skole · Skole"), no ages after a period already told in
 * ages ("siden jeg var 5"), and a dream or an age still ahead in the future tense.
 */
export function EntryWhen({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { birth } = useBookContext();
  const dates = useDateText(birth);
  const kind = t(`timeline.kinds.${entry.kind}`);
  const parts: string[] = [kind];
  const subKinds = t('timeline.subKinds', { returnObjects: true }) as Record<string, string>;
  const sub = entry.subKind ? subKinds[entry.subKind] : undefined;
  if (sub && sub.toLocaleLowerCase() !== kind.toLocaleLowerCase()) parts.push(sub);
  if (entry.period) {
    const p = entry.period;
    parts.push(dates.period(p));
    const toldInAges = p.start.age !== undefined && (!p.end || p.end.age !== undefined);
    const ages = periodAges(p, birth);
    if (toldInAges) {
      // The period's own words already say the ages.
    } else if (ages.start !== undefined && ages.end !== undefined && ages.end !== ages.start) {
      parts.push(t('timeline.entry.agesRange', { start: ages.start, end: ages.end }));
    } else if (ages.start !== undefined) {
      parts.push(t('timeline.entry.agesSince', { start: ages.start }));
    }
  } else {
    const ahead = entry.kind === 'dream' || isAhead(entry.date, birth, new Date());
    parts.push(dates.fuzzy(entry.date, { future: ahead }));
    const age = entry.date && entry.date.age === undefined ? ageAt(birth, entry.date) : undefined;
    if (age !== undefined) {
      parts.push(t(ahead ? 'timeline.entry.ageWillBe' : 'timeline.entry.ageAt', { age }));
    }
  }
  return <p className="entry-when">{parts.join(' · ')}</p>;
}
