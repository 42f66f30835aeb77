import type { NetworkSnapshot, Person } from '@/domain';

import {
  deleteRecords,
  listRecords,
  putRecords,
  type RecordList,
  type RecordWrite,
} from './records-repo';

/**
 * People and network snapshots. Nothing but the id and the bin flag is stored in clear; lists
 * are put in order after decryption. A deleted person goes to the bin rather than away, so
 * older network maps can still name them.
 */

export function personWrite(p: Person): RecordWrite<Person> {
  return { value: p, binned: p.deletedAt !== undefined };
}

export function listPeople(bookId: string): Promise<RecordList<Person>> {
  return listRecords<Person>('people', bookId);
}

export function listBinnedPeople(bookId: string): Promise<RecordList<Person>> {
  return listRecords<Person>('people', bookId, { binned: true });
}

/** Saves one or more people in one transaction: a family link on two people is all or nothing. */
export function savePeople(bookId: string, people: readonly Person[]): Promise<void> {
  return putRecords('people', bookId, people.map(personWrite));
}

export function binPerson(bookId: string, person: Person, now: string): Promise<void> {
  return savePeople(bookId, [{ ...person, deletedAt: now, updatedAt: now }]);
}

export async function listSnapshots(bookId: string): Promise<RecordList<NetworkSnapshot>> {
  const list = await listRecords<NetworkSnapshot>('snapshots', bookId);
  // Newest first: the child usually compares with the last map they saved.
  list.items.sort((a, b) => (a.takenAt < b.takenAt ? 1 : a.takenAt > b.takenAt ? -1 : 0));
  return list;
}

export function saveSnapshot(bookId: string, snapshot: NetworkSnapshot): Promise<void> {
  return putRecords('snapshots', bookId, [{ value: snapshot }]);
}

export function deleteSnapshot(bookId: string, id: string): Promise<void> {
  return deleteRecords('snapshots', bookId, [id]);
}
