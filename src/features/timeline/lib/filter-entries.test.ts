import { makeEntry, makePerson } from '@/testing/factories';

import { filterEntries, isFiltering, NO_FILTER } from './filter-entries';

const sofie = makePerson('b', { name: 'Sofie' });
const people = new Map([[sofie.id, sofie]]);
const beach = makeEntry('b', { title: 'Dagen ved stranden', text: 'Vi byggede et sandslot.' });
const school = makeEntry('b', {
  kind: 'school',
  title: 'Åskolen',
  text: '',
  personIds: [sofie.id],
});
const letter = makeEntry('b', {
  kind: 'letter',
  title: 'Til mig selv',
  text: 'Hemmelig hilsen',
  sealedUntil: '2199-01-01',
});
const all = [beach, school, letter];

function titles(list: { title: string }[]): string[] {
  return list.map((e) => e.title);
}

describe('filterEntries', () => {
  it('shows everything without a filter', () => {
    expect(filterEntries(all, NO_FILTER, people)).toEqual(all);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by kind and by person', () => {
    expect(titles(filterEntries(all, { kinds: ['school', 'letter'], query: '' }, people))).toEqual([
      'Åskolen',
      'Til mig selv',
    ]);
    expect(
      titles(filterEntries(all, { kinds: [], personId: sofie.id, query: '' }, people)),
    ).toEqual(['Åskolen']);
  });

  it('searches title, story and people, every word, ignoring case', () => {
    const q = (query: string) => titles(filterEntries(all, { kinds: [], query }, people));
    expect(q('SANDSLOT')).toEqual(['Dagen ved stranden']);
    expect(q('sofie åskolen')).toEqual(['Åskolen']);
    expect(q('sofie stranden')).toEqual([]);
    expect(q('  ')).toEqual(titles(all));
  });

  it('does not open a sealed letter to search it before its day', () => {
    const q = (query: string) => titles(filterEntries(all, { kinds: [], query }, people));
    expect(q('hemmelig')).toEqual([]);
    expect(q('til mig')).toEqual(['Til mig selv']);
    expect(
      titles(filterEntries(all, { kinds: [], query: 'hemmelig' }, people, new Date('2199-01-02'))),
    ).toEqual(['Til mig selv']);
  });
});
