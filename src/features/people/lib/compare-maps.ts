import type { NetworkSnapshot, Person } from '@/domain';

import { byName, mapEntries } from '@/domain';
import type { Place } from '@/domain';

export interface MapMove {
  person: Person;
  then: Place;
  now: Place;
}

/** How today's map differs from an older one, in the words a child would use. */
export interface MapComparison {
  closer: MapMove[];
  further: MapMove[];
  /** Same circle, another part of the map (e.g. from school to friends). */
  otherSector: MapMove[];
  added: Person[];
  gone: Person[];
  /** On the old map, but deleted from the book for good: no name left to show. */
  goneUnknown: number;
  same: Person[];
}

/** A comparison with nobody in it yet, which `compareMaps` fills in. */
export function noChanges(): MapComparison {
  return {
    closer: [],
    further: [],
    otherSector: [],
    added: [],
    gone: [],
    goneUnknown: 0,
    same: [],
  };
}

/**
 * Compares a snapshot with today's map. `people` are today's living people; `binned` are people
 * deleted since, who still have a name to show on the old map.
 */
export function compareMaps(
  then: NetworkSnapshot,
  people: readonly Person[],
  binned: readonly Person[] = [],
): MapComparison {
  const today = new Map(mapEntries(people).map((e) => [e.person.id, e]));
  const names = new Map([...binned, ...people].map((p) => [p.id, p]));
  const result = noChanges();
  const seen = new Set<string>();
  for (const old of then.people) {
    if (seen.has(old.personId)) continue;
    seen.add(old.personId);
    const now = today.get(old.personId);
    if (!now) {
      const person = names.get(old.personId);
      if (person) result.gone.push(person);
      else result.goneUnknown += 1;
      continue;
    }
    const move: MapMove = {
      person: now.person,
      then: { sector: old.sector, closeness: old.closeness },
      now: { sector: now.sector, closeness: now.closeness },
    };
    if (now.closeness < old.closeness) result.closer.push(move);
    else if (now.closeness > old.closeness) result.further.push(move);
    else if (now.sector !== old.sector) result.otherSector.push(move);
    else result.same.push(now.person);
  }
  for (const [id, e] of today) if (!seen.has(id)) result.added.push(e.person);
  const byPerson = (a: MapMove, b: MapMove) => byName(a.person, b.person);
  result.closer.sort(byPerson);
  result.further.sort(byPerson);
  result.otherSector.sort(byPerson);
  result.added.sort(byName);
  result.gone.sort(byName);
  result.same.sort(byName);
  return result;
}
