import type { NetworkSnapshot } from '@/domain';
import { makePerson } from '@/testing/factories';

import { compareMaps } from './compare-maps';
import { mapEntries, snapshotPeople } from '@/domain';

const p = (id: string, name: string, o: Parameters<typeof makePerson>[1] = {}) =>
  makePerson('b', { id, name, ...o });

describe('compareMaps', () => {
  it('tells who came closer, moved away, changed part, is new, gone or in the same place', () => {
    const then: NetworkSnapshot = {
      id: 's',
      bookId: 'b',
      takenAt: '2024-05-01T10:00:00.000Z',
      people: [
        { personId: 'noah', sector: 'family', closeness: 2 },
        { personId: 'ali', sector: 'professionals', closeness: 1 },
        { personId: 'sofie', sector: 'school-work', closeness: 2 },
        { personId: 'mette', sector: 'leisure', closeness: 2 },
        { personId: 'binned', sector: 'friends', closeness: 1 },
        { personId: 'erased', sector: 'friends', closeness: 3 },
      ],
    };
    const today = [
      p('noah', 'Noah', { sector: 'family', closeness: 1 }),
      p('ali', 'Ali', { sector: 'professionals', closeness: 3 }),
      p('sofie', 'Sofie', { sector: 'friends', closeness: 2 }),
      p('mette', 'Mette', { sector: 'leisure', closeness: 2 }),
      p('new', 'Ny', { sector: 'friends', closeness: 1 }),
    ];
    const binned = [p('binned', 'Gammel ven', { deletedAt: '2024-09-01T00:00:00.000Z' })];
    const c = compareMaps(then, today, binned);
    expect(c.closer.map((m) => [m.person.name, m.then.closeness, m.now.closeness])).toEqual([
      ['Noah', 2, 1],
    ]);
    expect(c.further.map((m) => m.person.name)).toEqual(['Ali']);
    expect(c.otherSector.map((m) => [m.person.name, m.then.sector, m.now.sector])).toEqual([
      ['Sofie', 'school-work', 'friends'],
    ]);
    expect(c.added.map((x) => x.name)).toEqual(['Ny']);
    expect(c.gone.map((x) => x.name)).toEqual(['Gammel ven']);
    expect(c.goneUnknown).toBe(1);
    expect(c.same.map((x) => x.name)).toEqual(['Mette']);
  });

  it('finds nothing changed right after saving a snapshot', () => {
    const today = [p('a', 'A', { line: 'strong' }), p('b2', 'B', { closeness: 3 })];
    const snap: NetworkSnapshot = {
      id: 's',
      bookId: 'b',
      takenAt: '2025-01-01T00:00:00.000Z',
      people: snapshotPeople(mapEntries(today)),
    };
    expect(snap.people[0]?.line).toBe('strong');
    const c = compareMaps(snap, today);
    expect(c.same).toHaveLength(2);
    expect(c.closer.length + c.further.length + c.added.length + c.gone.length).toBe(0);
  });
});

describe('mapEntries', () => {
  it('places people from a snapshot, leaving out those it does not hold', () => {
    const people = [p('a', 'Anna', { closeness: 1 }), p('b2', 'Bo', { closeness: 3 })];
    const snap: NetworkSnapshot = {
      id: 's',
      bookId: 'b',
      takenAt: '2025-01-01T00:00:00.000Z',
      people: [{ personId: 'b2', sector: 'friends', closeness: 1, line: 'weak' }],
    };
    expect(
      mapEntries(people, snap).map((e) => [e.person.name, e.sector, e.closeness, e.line]),
    ).toEqual([['Bo', 'friends', 1, 'weak']]);
    expect(mapEntries(people).map((e) => e.person.name)).toEqual(['Anna', 'Bo']);
  });

  it("leaves binned people off today's map and orders by name", () => {
    const people = [
      p('z', 'Zara'),
      p('a', 'Åse'),
      p('x', 'Bent', { deletedAt: '2025-01-01T00:00:00.000Z' }),
    ];
    expect(mapEntries(people).map((e) => e.person.name)).toEqual(['Zara', 'Åse']);
  });
});
