import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText } from '@/components';
import { savePeople } from '@/db';
import { mapEntries, nowIso, withOptional } from '@/domain';
import type { MapEntry, Person, Place } from '@/domain';

import type { MoveChoice } from '../components/move-form';
import { usePeopleText } from './use-people-text';

/** A move shown at once, on top of the stored person it started from (`base` = updatedAt). */
type Pending = ReadonlyMap<string, { to: MoveChoice; base: string }>;

/** The map's entries with the moves not yet stored shown on top. */
function withPending(people: readonly Person[], pending: Pending): MapEntry[] {
  // A pending move counts only while the stored person is the one it started from; once the
  // save arrives through the live query, the stored person shows (and says the same).
  return mapEntries(people).map((e) => {
    const p = pending.get(e.person.id);
    if (p?.base !== e.person.updatedAt) return e;
    const moved: MapEntry = { person: e.person, sector: p.to.sector, closeness: p.to.closeness };
    if (p.to.line) moved.line = p.to.line;
    return moved;
  });
}

function movedPerson(stored: Person, to: MoveChoice): Person {
  const next: Person = {
    ...stored,
    sector: to.sector,
    closeness: to.closeness,
    updatedAt: nowIso(),
  };
  return withOptional(next, 'line', to.line);
}

/** Moves on the network map: shown at once, stored behind, said aloud, undone if storing fails. */
export function useMapMoves(bookId: string, people: readonly Person[] | undefined) {
  const { t } = useTranslation();
  const text = usePeopleText();
  const errorText = useErrorText();
  // Moves show at once; the stored record catches up a moment later through the live query.
  const [pending, setPending] = useState<Pending>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = useMemo(() => withPending(people ?? [], pending), [people, pending]);

  const forget = (personId: string) => {
    setPending((old) => {
      const rest = new Map(old);
      rest.delete(personId);
      return rest;
    });
  };

  const move = (personId: string, to: MoveChoice) => {
    const stored = people?.find((p) => p.id === personId);
    if (!stored) return;
    setPending((old) => new Map(old).set(personId, { to, base: stored.updatedAt }));
    setError(null);
    setAnnouncement(
      t('people.map.moved', {
        name: stored.name,
        closeness: text.closeness(to.closeness),
        sector: text.sector(to.sector),
      }),
    );
    savePeople(bookId, [movedPerson(stored, to)]).catch((e: unknown) => {
      forget(personId);
      setError(t('people.map.moveFailed', { name: stored.name, reason: errorText(e) }));
    });
  };

  const moveTo = (personId: string, place: Place) => {
    const current = entries.find((e) => e.person.id === personId);
    move(personId, { ...place, line: current?.line });
  };

  const stuck = (personId: string) => {
    const name = entries.find((e) => e.person.id === personId)?.person.name ?? '';
    setAnnouncement(t('people.map.cannotMove', { name }));
  };

  return { entries, move, moveTo, stuck, announcement, error };
}
