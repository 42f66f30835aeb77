import type { Closeness } from './lists';
import type { Person } from './types';

import { drawnOnMap, MAP_DRAW_MAX, mapEntries } from './map-entries';

function person(i: number, closeness: Closeness): Person {
  return {
    id: `p${String(i)}`,
    bookId: 'b',
    name: `Person ${String(i).padStart(4, '0')}`,
    relation: '',
    sector: 'friends',
    closeness,
    links: [],
    createdAt: '2026-01-01',
    updatedAt: '2026-01-01',
  };
}

describe('drawnOnMap', () => {
  it('draws everyone up to the limit', () => {
    const entries = mapEntries(Array.from({ length: 12 }, (_, i) => person(i, 3)));
    expect(drawnOnMap(entries)).toBe(entries);
  });

  it('past the limit draws the closest, each ring in name order', () => {
    const people = Array.from({ length: 1_000 }, (_, i) => person(i, ((i % 3) + 1) as Closeness));
    const drawn = drawnOnMap(mapEntries(people));
    expect(drawn).toHaveLength(MAP_DRAW_MAX);
    // 334 people are closest: the first 300 of them by name.
    expect(drawn.every((e) => e.closeness === 1)).toBe(true);
    expect(drawn.map((e) => e.person.name)).toEqual(
      people
        .filter((p) => p.closeness === 1)
        .map((p) => p.name)
        .slice(0, MAP_DRAW_MAX),
    );
    expect(drawnOnMap(mapEntries(people), 400).filter((e) => e.closeness === 2)).toHaveLength(66);
  });
});
