/**
 * A note that an import is running, so that after a crash (a closed tab, a killed browser, a
 * tablet out of battery) the app can say the import was interrupted and offer to try again or
 * to remove what it had stored. A photo import stores in batches, and each batch adds its photo
 * ids to the note in the same transaction, so "remove" restores the book exactly as it was. A
 * bundle import commits in one transaction, so its note only says that it did not finish.
 *
 * While an import runs, its tab holds a Web Lock named after the note: a note whose lock nobody
 * holds belongs to an import that died (another tab's running import is not "interrupted").
 */
import { newId, nowIso } from '../domain/ids';

import { db, writableDb } from './connection';
import type { LivsbogDb } from './database';
import { toStorageError } from './errors';
import { touchBook } from './book-activity';

export type ImportKind = 'photos' | 'bundle';

export interface ImportJournal {
  id: string;
  kind: ImportKind;
  /** The book imported into; for a bundle imported as a new book, none. */
  bookId?: string;
  startedAt: string;
  /** Files (photos) or bytes (bundle) the import set out to bring in. */
  total: number;
  /** Photo ids stored so far by this import. */
  added: string[];
}

const PREFIX = 'import:';
const lockName = (id: string) => `livsbog:import:${id}`;
/** Imports running in this tab: used where the browser has no Web Locks (old Safari, jsdom). */
const running = new Set<string>();

function isJournal(v: unknown): v is ImportJournal {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ImportJournal).id === 'string' &&
    Array.isArray((v as ImportJournal).added)
  );
}

export interface RunningImport {
  id: string;
  /** Ends the note: the import finished, failed cleanly or was stopped. */
  finish: () => Promise<void>;
}

/** Writes the note and holds its lock until `finish`. */
export async function beginImport(
  kind: ImportKind,
  total: number,
  bookId?: string,
): Promise<RunningImport> {
  const id = newId();
  const journal: ImportJournal = {
    id,
    kind,
    startedAt: nowIso(),
    total,
    added: [],
    ...(bookId ? { bookId } : {}),
  };
  let release: () => void = () => undefined;
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks) {
    await new Promise<void>((held) => {
      void locks.request(lockName(id), () => {
        held();
        return new Promise<void>((r) => {
          release = r;
        });
      });
    });
  }
  running.add(id);
  try {
    const d = await writableDb();
    await d.meta.put({ key: PREFIX + id, value: journal });
  } catch (e) {
    running.delete(id);
    release();
    throw toStorageError(e);
  }
  return {
    id,
    finish: async () => {
      running.delete(id);
      try {
        await (await writableDb()).meta.delete(PREFIX + id);
      } finally {
        release();
      }
    },
  };
}

/** Adds stored photo ids to a note; call inside the transaction that stores them. */
export async function notePhotosAdded(
  d: LivsbogDb,
  journalId: string,
  photoIds: string[],
): Promise<void> {
  const row = await d.meta.get(PREFIX + journalId);
  if (!isJournal(row?.value)) return;
  await d.meta.put({
    key: PREFIX + journalId,
    value: { ...row.value, added: [...row.value.added, ...photoIds] },
  });
}

async function heldLocks(): Promise<Set<string>> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return new Set();
  const state = await locks.query();
  return new Set((state.held ?? []).map((l) => l.name ?? ''));
}

/** Imports that started and never finished (their tab or browser died). */
export async function interruptedImports(): Promise<ImportJournal[]> {
  const rows = await db().meta.where('key').startsWith(PREFIX).toArray();
  const held = await heldLocks();
  return rows
    .map((r) => r.value)
    .filter(isJournal)
    .filter((j) => !running.has(j.id) && !held.has(lockName(j.id)));
}

/** Forgets an interrupted import, keeping whatever it stored. */
export async function dismissImport(journalId: string): Promise<void> {
  try {
    await (await writableDb()).meta.delete(PREFIX + journalId);
  } catch (e) {
    throw toStorageError(e);
  }
}

/** Removes what an interrupted import stored, and the note, in one transaction. */
export async function discardImport(journalId: string): Promise<void> {
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      const row = await d.meta.get(PREFIX + journalId);
      if (!isJournal(row?.value)) return;
      const { bookId, added } = row.value;
      if (bookId && added.length > 0) {
        const rows = await d.photos.bulkGet(added);
        await d.photos.bulkDelete(rows.filter((r) => r?.bookId === bookId).map((r) => r?.id ?? ''));
        await d.blobs
          .where('photoId')
          .anyOf(added)
          .filter((b) => b.bookId === bookId)
          .delete();
        await touchBook(d, bookId);
      }
      await d.meta.delete(PREFIX + journalId);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}
