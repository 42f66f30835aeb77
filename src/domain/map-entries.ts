import type { Closeness, NetworkLine, Sector } from './lists';
import type { NetworkSnapshot, Person } from './types';

/** One person on a map: today's map reads the person, an older map reads its snapshot. */
export interface MapEntry {
  person: Person;
  sector: Sector;
  closeness: Closeness;
  line?: NetworkLine;
}

const collator = new Intl.Collator(['da', 'en'], { sensitivity: 'base', numeric: true });

/** People in a stable order (name, then id), so a layout never jumps when nothing moved. */
export function byName(a: Person, b: Person): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The people on a map. For a snapshot, only those it holds, at the places it holds; `people`
 * may include binned people so a snapshot can still name someone deleted later.
 */
export function mapEntries(people: readonly Person[], snapshot?: NetworkSnapshot): MapEntry[] {
  const sorted = [...people].sort(byName);
  if (!snapshot) {
    return sorted
      .filter((p) => !p.deletedAt)
      .map((p) => ({
        person: p,
        sector: p.sector,
        closeness: p.closeness,
        ...(p.line ? { line: p.line } : {}),
      }));
  }
  const at = new Map(snapshot.people.map((s) => [s.personId, s]));
  return sorted.flatMap((p) => {
    const s = at.get(p.id);
    if (!s) return [];
    return [
      {
        person: p,
        sector: s.sector,
        closeness: s.closeness,
        ...(s.line ? { line: s.line } : {}),
      },
    ];
  });
}

/** A map as a snapshot's contents. */
export function snapshotPeople(entries: readonly MapEntry[]): NetworkSnapshot['people'] {
  return entries.map((e) => ({
    personId: e.person.id,
    sector: e.sector,
    closeness: e.closeness,
    ...(e.line ? { line: e.line } : {}),
  }));
}

/**
 * The most people one map draws. Past a few hundred the footprints shrink to specks and every
 * person is a focusable button, so thousands (an import may bring 10,000) would freeze the page
 * and help nobody; the table under the map still lists everyone.
 */
export const MAP_DRAW_MAX = 300;

/** The people a map draws: everyone, or the closest `max` (closest ring first, then by name). */
export function drawnOnMap(
  entries: readonly MapEntry[],
  max: number = MAP_DRAW_MAX,
): readonly MapEntry[] {
  if (entries.length <= max) return entries;
  // A stable sort: within a ring the entries keep their order (by name).
  return [...entries].sort((a, b) => a.closeness - b.closeness).slice(0, max);
}
