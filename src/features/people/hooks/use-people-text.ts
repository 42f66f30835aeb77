import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { Closeness, ContactFrequency, NetworkLine, Person, Sector } from '@/domain';
import { CLOSENESS, CONTACT_FREQUENCIES, NETWORK_LINES, SECTORS } from '@/domain';
import { relationText } from '@/domain';
import { CLOSENESS_KEY } from '@/domain';

export interface PeopleText {
  relation: (p: Person) => string;
  sector: (s: Sector) => string;
  closeness: (c: Closeness) => string;
  contact: (c: ContactFrequency | undefined) => string;
  line: (l: NetworkLine | undefined) => string;
  /** "Close (Family)": a place on the map in words. */
  place: (p: { sector: Sector; closeness: Closeness }) => string;
}

function table<K extends string | number>(keys: readonly K[], word: (k: K) => string) {
  return new Map(keys.map((k) => [k, word(k)]));
}

/** One table per i18next instance and language: every card of a long list shares it. */
const cache = new WeakMap<object, { language: string; text: PeopleText }>();

/**
 * Words for the people area's values, in the book's language. Every word is looked up once per
 * language and then read from a table shared by every component: a list or map of thousands of
 * people asks for several words per person, and an i18next lookup per word made such a page
 * take seconds to draw.
 */
export function usePeopleText(): PeopleText {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const hit = cache.get(i18n);
    if (hit?.language === language) return hit.text;
    const text = buildText(t);
    cache.set(i18n, { language, text });
    return text;
  }, [i18n, language, t]);
}

function buildText(t: TFunction): PeopleText {
  const relations = t('people.relations');
  const sectors = table(SECTORS, (s) => t(`people.sectors.${s}`));
  const rings = table(CLOSENESS, (c) => t(`people.closeness.${CLOSENESS_KEY[c]}`));
  const contacts = table(CONTACT_FREQUENCIES, (c) => t(`people.contact.${c}`));
  const lines = table(NETWORK_LINES, (l) => t(`people.lines.${l}`));
  const contactUnset = t('people.contactUnset');
  const lineNone = t('people.lineNone');
  const sector = (s: Sector) => sectors.get(s) ?? s;
  const closeness = (c: Closeness) => rings.get(c) ?? String(c);
  const places = new Map(
    SECTORS.flatMap((s) =>
      CLOSENESS.map((c) => [
        `${s}:${String(c)}`,
        t('people.snapshot.place', { closeness: closeness(c), sector: sector(s) }),
      ]),
    ),
  );
  return {
    relation: (p: Person) => relationText(p.relation, relations),
    sector,
    closeness,
    contact: (c: ContactFrequency | undefined) => (c ? (contacts.get(c) ?? c) : contactUnset),
    line: (l: NetworkLine | undefined) => (l ? (lines.get(l) ?? l) : lineNone),
    place: (p: { sector: Sector; closeness: Closeness }) =>
      places.get(`${p.sector}:${String(p.closeness)}`) ?? '',
  };
}
