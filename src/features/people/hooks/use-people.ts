import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';

import { getBookSummary, readDetails } from '@/db';
import { listBinnedPeople, listPeople, listSnapshots } from '@/db';
import { listRecords } from '@/db';
import type { Entry, FuzzyDate, NetworkSnapshot, Person, Photo } from '@/domain';
import { kinEdges, type KinEdge } from '../lib/kinship';
import { byName } from '@/domain';
import { RELATION_LABELS } from '../lib/relation-labels';

export interface PeopleData {
  people: Person[];
  /** Records that no longer open: counted, never hiding the rest. */
  damaged: number;
}

/** The book's living people, by name. */
export function usePeople(bookId: string): PeopleData | undefined {
  return useLiveQuery(async () => {
    const list = await listPeople(bookId);
    return { people: [...list.items].sort(byName), damaged: list.damaged.length };
  }, [bookId]);
}

/** People deleted to the bin: older maps still name them. */
export function useBinnedPeople(bookId: string): Person[] | undefined {
  return useLiveQuery(
    async () => [...(await listBinnedPeople(bookId)).items].sort(byName),
    [bookId],
  );
}

export function useSnapshots(bookId: string): NetworkSnapshot[] | undefined {
  return useLiveQuery(async () => (await listSnapshots(bookId)).items, [bookId]);
}

/** The book's photos that are not hidden, newest last (the photos area owns their order). */
export function useBookPhotos(bookId: string): Photo[] | undefined {
  return useLiveQuery(
    async () => (await listRecords<Photo>('photos', bookId)).items.filter((p) => !p.hidden),
    [bookId],
  );
}

/** Timeline entries that name a person. */
export function usePersonEntries(bookId: string, personId: string): Entry[] | undefined {
  return useLiveQuery(
    async () =>
      (await listRecords<Entry>('entries', bookId)).items.filter((e) =>
        e.personIds.includes(personId),
      ),
    [bookId, personId],
  );
}

/** The child's name for the middle of the map and the family tree. */
export function useBookName(bookId: string): string | undefined {
  return useLiveQuery(async () => (await getBookSummary(bookId))?.cover.nickname, [bookId]);
}

export function useBirthDate(bookId: string): FuzzyDate | undefined | null {
  return useLiveQuery(async () => (await readDetails(bookId)).birthDate ?? null, [bookId]);
}

/** Every family relation, stored or implied by a preset relation. */
export function useKinEdges(people: readonly Person[] | undefined): KinEdge[] {
  return useMemo(() => (people ? kinEdges(people, RELATION_LABELS) : []), [people]);
}
