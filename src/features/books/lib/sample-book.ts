import { newId, nowIso } from '@/domain';
import type { Closeness, Entry, FuzzyDate, Locale, Person, Sector } from '@/domain';

import { SAMPLE_TEXT } from './sample-content';

export const SAMPLE_BIRTH: FuzzyDate = { year: 2014, month: 5, day: 14 };

export interface SampleRecords {
  people: Person[];
  entries: Entry[];
}

const PEOPLE_SHAPE: { sector: Sector; closeness: Closeness }[] = [
  { sector: 'family', closeness: 2 },
  { sector: 'family', closeness: 1 },
  { sector: 'relatives', closeness: 1 },
  { sector: 'placement', closeness: 1 },
  { sector: 'placement', closeness: 2 },
  { sector: 'friends', closeness: 1 },
  { sector: 'professionals', closeness: 3 },
  { sector: 'leisure', closeness: 2 },
];

type SampleText = (typeof SAMPLE_TEXT)[Locale];
type MakeEntry = (e: Partial<Entry> & Pick<Entry, 'kind' | 'title'>) => Entry;

/** The eight people, with family links for the genogram. */
function samplePeople(bookId: string, text: SampleText, now: string): Person[] {
  const people: Person[] = text.people.map((p, i) => {
    const shape = PEOPLE_SHAPE[i] ?? { sector: 'friends', closeness: 2 };
    return {
      id: newId(),
      bookId,
      name: p.name,
      relation: p.relation,
      ...shape,
      links: [],
      createdAt: now,
      updatedAt: now,
    };
  });
  const [mum, noah, grandma, hanne, jens] = people;
  // Family links for the genogram: mum is Noah's parent; grandma is mum's parent.
  if (mum && noah && grandma) {
    mum.links.push({ type: 'parent-of', personId: noah.id });
    grandma.links.push({ type: 'parent-of', personId: mum.id });
  }
  if (hanne && jens) hanne.links.push({ type: 'partner-of', personId: jens.id });
  return people;
}

/** An entry by the child, shown in the book, with the sample's defaults. */
function entryMaker(bookId: string, now: string): MakeEntry {
  const base = {
    bookId,
    text: '',
    personIds: [],
    photoIds: [],
    author: { kind: 'child' as const },
    visibility: 'book' as const,
    createdAt: now,
    updatedAt: now,
  };
  return (e) => ({ ...base, id: newId(), ...e });
}

/** Three homes: the birth family, a foster family, and the foster family of today. */
function sampleHomes(entry: MakeEntry, text: SampleText, people: readonly Person[]): Entry[] {
  const [mum, noah, , hanne, jens] = people;
  return [
    entry({
      kind: 'home',
      subKind: 'birth-family',
      title: text.homes[0],
      text: text.homeStories[0],
      period: { start: { year: 2014, month: 5 }, end: { year: 2017, approx: true } },
      personIds: mum && noah ? [mum.id, noah.id] : [],
    }),
    entry({
      kind: 'home',
      subKind: 'foster-family',
      title: text.homes[1],
      text: text.homeStories[1],
      period: { start: { year: 2017, season: 'autumn' }, end: { year: 2022, month: 6 } },
      personIds: hanne && jens ? [hanne.id, jens.id] : [],
      feeling: '😊',
    }),
    entry({
      kind: 'home',
      subKind: 'foster-family',
      title: text.homes[2],
      text: text.homeStories[2],
      protected: true,
      place: text.homePlace,
      period: { start: { year: 2022, month: 7 }, ongoing: true },
    }),
  ];
}

/** A daycare and two schools. */
function sampleSchools(entry: MakeEntry, text: SampleText, people: readonly Person[]): Entry[] {
  const sofie = people[5];
  return [
    entry({
      kind: 'school',
      subKind: 'daycare',
      title: text.daycare,
      period: { start: { year: 2017 }, end: { year: 2020, month: 7 } },
    }),
    entry({
      kind: 'school',
      subKind: 'school',
      title: text.schools[0],
      text: text.schoolStory,
      period: { start: { year: 2020, month: 8 }, end: { year: 2022, month: 6 } },
      personIds: sofie ? [sofie.id] : [],
    }),
    entry({
      kind: 'school',
      subKind: 'school',
      title: text.schools[1],
      period: { start: { year: 2022, month: 8 }, ongoing: true },
    }),
  ];
}

/** A memory, a letter from grandma, and two dreams. */
function sampleStories(entry: MakeEntry, text: SampleText, people: readonly Person[]): Entry[] {
  const [, noah, grandma] = people;
  return [
    entry({
      kind: 'memory',
      title: text.memoryTitle,
      text: text.memoryText,
      date: { year: 2019, season: 'summer' },
      feeling: '😄',
      personIds: noah ? [noah.id] : [],
    }),
    entry({
      kind: 'letter',
      title: text.letterTitle,
      text: text.letterText,
      date: { year: 2023, month: 12, day: 24 },
      author: { kind: 'adult', name: grandma?.name ?? '' },
      personIds: grandma ? [grandma.id] : [],
    }),
    entry({ kind: 'dream', title: text.dreams[0], date: { age: 25 }, feeling: '🐴' }),
    entry({ kind: 'dream', title: text.dreams[1], date: { age: 18, approx: true }, feeling: '✈️' }),
  ];
}

/** A fictional child's book: 3 homes, a daycare, 2 schools, 8 people, a memory, a letter, 2 dreams. */
export function buildSampleRecords(bookId: string, locale: Locale): SampleRecords {
  const text = SAMPLE_TEXT[locale];
  const now = nowIso();
  const people = samplePeople(bookId, text, now);
  const entry = entryMaker(bookId, now);
  const entries = [
    ...sampleHomes(entry, text, people),
    ...sampleSchools(entry, text, people),
    ...sampleStories(entry, text, people),
  ];
  return { people, entries };
}
