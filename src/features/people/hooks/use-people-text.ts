import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type {
  Closeness,
  ContactFrequency,
  NetworkLine,
  Person,
  Sector,
} from '../../../domain/types';
import { relationText } from '../lib/relations';
import { CLOSENESS_KEY } from '../lib/sectors';

export interface PeopleText {
  relation: (p: Person) => string;
  sector: (s: Sector) => string;
  closeness: (c: Closeness) => string;
  contact: (c: ContactFrequency | undefined) => string;
  line: (l: NetworkLine | undefined) => string;
  /** "Close (Family)": a place on the map in words. */
  place: (p: { sector: Sector; closeness: Closeness }) => string;
}

/** Words for the people area's values, in the book's language. */
export function usePeopleText(): PeopleText {
  const { t } = useTranslation();
  const relation = useCallback((p: Person) => relationText(p.relation, t('people.relations')), [t]);
  return useMemo(
    () => ({
      relation,
      sector: (s: Sector) => t(`people.sectors.${s}`),
      closeness: (c: Closeness) => t(`people.closeness.${CLOSENESS_KEY[c]}`),
      contact: (c: ContactFrequency | undefined) =>
        c ? t(`people.contact.${c}`) : t('people.contactUnset'),
      line: (l: NetworkLine | undefined) => (l ? t(`people.lines.${l}`) : t('people.lineNone')),
      place: (p: { sector: Sector; closeness: Closeness }) =>
        t('people.snapshot.place', {
          closeness: t(`people.closeness.${CLOSENESS_KEY[p.closeness]}`),
          sector: t(`people.sectors.${p.sector}`),
        }),
    }),
    [relation, t],
  );
}
