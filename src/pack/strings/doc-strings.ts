/**
 * The words of the exported book, read from the app's own i18next resources: the document's
 * own texts (`bookDocument.*`), and the app's sectors, kinds, kinds of home and school and
 * relations, so the book reads as the app does. One string system for app and export.
 */
import type { TFunction } from 'i18next';

import { CONTACT_FREQUENCIES, ENTRY_KINDS, SECTORS } from '@/domain';
import type { ContactFrequency, EntryKind, FeelingId, MediaKind, Sector } from '@/domain';
import { FEELINGS } from '@/domain';

function table<K extends string>(keys: readonly K[], text: (k: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;
}

/** The words for voice notes, videos and papers, which the documents list and play. */
function mediaStrings(b: (key: string, values?: Record<string, string | number>) => string) {
  return {
    mediaKinds: table<Exclude<MediaKind, 'photo'>>(['drawing', 'voice', 'video', 'paper'], (k) =>
      b(`mediaKinds.${k}`),
    ),
    mediaN: (kind: string, n: number) => b('mediaN', { kind, n }),
    pages: (count: number) => b('pages', { count }),
    length: (time: string) => b('length', { time }),
    givenBy: (name: string) => b('givenBy', { name }),
    openFile: b('openFile'),
    inMyVoice: b('inMyVoice'),
    playsAt: (place: string) => b('playsAt', { place }),
    fileIs: (file: string) => b('fileIs', { file }),
  };
}

export function docStrings(t: TFunction) {
  // Keys built from the lists above; i18next's typed keys cannot follow them, so a plain call.
  const plain = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const b = (key: string, values?: Record<string, string | number>): string =>
    plain(`bookDocument.${key}`, values);
  return {
    bookTitle: b('bookTitle'),
    born: (date: string) => b('born', { date }),
    savedOn: (date: string) => b('savedOn', { date }),
    contents: b('contents'),
    sections: {
      meNow: b('sections.meNow'),
      homes: b('sections.homes'),
      schools: b('sections.schools'),
      people: b('sections.people'),
      network: b('sections.network'),
      timeline: b('sections.timeline'),
      photos: b('sections.photos'),
      media: b('sections.media'),
      letters: b('sections.letters'),
      dreams: b('sections.dreams'),
    },
    meNow: {
      likes: t('meNow.likes'),
      goodAt: t('meNow.goodAt'),
      proudOf: t('meNow.proudOf'),
      dreams: t('meNow.dreams'),
      // Chosen by picture on "Me now", under the same words as there.
      feeling: t('meNowPictures.feeling.legend'),
      likePictures: t('meNowPictures.likes.title'),
    },
    feelings: table<FeelingId>(
      FEELINGS.map((f) => f.id),
      (f) => t(`timeline.feelings.${f}`),
    ),
    kinds: table<EntryKind>(ENTRY_KINDS, (k) => t(`timeline.kinds.${k}`)),
    subKinds: t('timeline.subKinds', { returnObjects: true }) as Readonly<Record<string, string>>,
    sectors: table<Sector>(SECTORS, (s) => t(`people.sectors.${s}`)),
    relations: t('people.relations', { returnObjects: true }) as Readonly<Record<string, string>>,
    closeness: { 1: b('closeness.1'), 2: b('closeness.2'), 3: b('closeness.3') },
    // The map's ring names, as the app's map writes them.
    rings: {
      closest: t('people.closeness.closest'),
      close: t('people.closeness.close'),
      further: t('people.closeness.further'),
    },
    contact: table<ContactFrequency>(CONTACT_FREQUENCIES, (c) => b(`contact.${c}`)),
    links: {
      'parent-of': (name: string) => b('links.parent-of', { name }),
      'step-parent-of': (name: string) => b('links.step-parent-of', { name }),
      'sibling-of': (name: string) => b('links.sibling-of', { name }),
      'half-sibling-of': (name: string) => b('links.half-sibling-of', { name }),
      'step-sibling-of': (name: string) => b('links.step-sibling-of', { name }),
      'partner-of': (name: string) => b('links.partner-of', { name }),
      me: b('links.me'),
    },
    author: {
      child: b('author.child'),
      adult: (name: string) => b('author.adult', { name }),
      together: b('author.together'),
      togetherWith: (name: string) => b('author.togetherWith', { name }),
    },
    withPeople: b('withPeople'),
    feeling: b('feeling'),
    place: b('place'),
    protectedPlace: b('protectedPlace'),
    sealed: (date: string) => b('sealed', { date }),
    yearTurned: (year: number, age: number) => b('yearTurned', { year, count: age }),
    yearBorn: (year: number) => b('yearBorn', { year }),
    noDate: b('noDate'),
    photoN: (n: number) => b('photoN', { n }),
    portraitOf: (name: string) => b('portraitOf', { name }),
    openFull: b('openFull'),
    pageOf: (n: number, total: number) => b('pageOf', { n, total }),
    networkLegend: b('networkLegend'),
    ...mediaStrings(b),
    madeWith: (version: string) => (version ? b('madeWith', { version }) : b('madeWithNoVersion')),
  };
}

export type DocStrings = ReturnType<typeof docStrings>;
