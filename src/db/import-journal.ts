/**
 * A note that an import is running, so that after a crash (a closed tab, a killed browser, a
 * tablet out of battery) the app can say the import was interrupted and offer to try again or
 * to remove what it had stored. A photo import stores in batches, and each batch adds its photo
 * ids to the note in the same transaction, so "remove" restores the book exactly as it was. A
 * pack import commits in one transaction, so its note only says that it did not finish.
 *
 * While an import runs, its tab holds a Web Lock named after the note: a note whose lock nobody
 * holds belongs to an import that died (another tab's running import is not "interrupted").
 */
import { newId, nowIso } from '@/domain';

import { db, writableDb } from './connection';
import type { LivsbogDb } from './database';
import { toStorageError } from './errors';
import { changedAt, restoreChanged, touchBook } from './book-activity';
import { deleteBookPhotoRows } from './photo-rows';

/**
 * `media`: one big item (voice, video, paper) being stored chunk by chunk (`media-repo.ts`); its
 * `added` holds the item's id from the start, so the chunks of one that died can be removed.
 */
export type ImportKind = 'photos' | 'bundle' | 'media';

export interface ImportJournal {
  id: string;
  kind: ImportKind;
  /** The book imported into; for a pack imported as a new book, none. */
  bookId?: string;
  startedAt: string;
  /** Files (photos) or bytes (pack) the import set out to bring in. */
  total: number;
  /** Photo ids stored so far by this import. */
  added: string[];
  /**
   * The book's "changed" time before the import (null: it had none). Removing what the import
   * stored puts it back, so the book is then exactly as before, down to that timestamp.
   */
  changedBefore?: string | null;
  /** The "changed" time the import's last stored batch set. */
  touchedAt?: string;
  /** Something else changed the book while the import ran: "changed" must not go back. */
  othersChanged?: boolean;
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
  /**
   * Lets go of the lock but keeps the note, as a crash would: for a failure whose clean-up
   * could not be written, so the next start finds the note and cleans up then.
   */
  abandon: () => void;
}

/** Writes the note and holds its lock until `finish`; `added` names what it will store. */
export async function beginImport(
  kind: ImportKind,
  total: number,
  bookId?: string,
  added: string[] = [],
): Promise<RunningImport> {
  const id = newId();
  const journal: ImportJournal = {
    id,
    kind,
    startedAt: nowIso(),
    total,
    added,
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
    await d.transaction('rw', d.meta, async () => {
      if (bookId) journal.changedBefore = (await changedAt(d, bookId)) ?? null;
      await d.meta.put({ key: PREFIX + id, value: journal });
    });
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
    abandon: () => {
      running.delete(id);
      release();
    },
  };
}

/**
 * Adds stored photo ids to a note; call inside the transaction that stores them, before it
 * marks the book changed at `touchedAt`. A "changed" time other than the one this import left
 * means another write came in between, which removing the import must not hide.
 */
export async function notePhotosAdded(
  d: LivsbogDb,
  journalId: string,
  photoIds: string[],
  touchedAt: string,
): Promise<void> {
  const row = await d.meta.get(PREFIX + journalId);
  if (!isJournal(row?.value)) return;
  const journal = row.value;
  let othersChanged = journal.othersChanged === true;
  if (journal.bookId) {
    const expected = journal.touchedAt ?? journal.changedBefore ?? undefined;
    if ((await changedAt(d, journal.bookId)) !== expected) othersChanged = true;
  }
  await d.meta.put({
    key: PREFIX + journalId,
    value: {
      ...journal,
      added: [...journal.added, ...photoIds],
      touchedAt,
      ...(othersChanged ? { othersChanged } : {}),
    },
  });
}

/**
 * Ends a note inside the transaction that completes its import (a pack's commit): the note
 * and the import's data are then never on disk together, whatever moment the browser dies at.
 */
export async function endImportInTransaction(d: LivsbogDb, journalId: string): Promise<void> {
  await d.meta.delete(PREFIX + journalId);
}

async function heldLocks(): Promise<Set<string>> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return new Set();
  const state = await locks.query();
  return new Set((state.held ?? []).map((l) => l.name ?? ''));
}

/**
 * Imports that started and never finished (their tab or browser died). The locks are asked
 * before and after reading the notes: an import takes its lock before writing its note and
 * removes the note before letting go, so one that starts or ends meanwhile is held in one of
 * the two answers and never shows as interrupted.
 */
export async function interruptedImports(): Promise<ImportJournal[]> {
  // Not Dexie promises: wrapped, so a live query around this keeps tracking what it read.
  const heldBefore = await Promise.resolve(heldLocks());
  const rows = await db().meta.where('key').startsWith(PREFIX).toArray();
  const heldAfter = await Promise.resolve(heldLocks());
  const held = (j: ImportJournal) =>
    running.has(j.id) || heldBefore.has(lockName(j.id)) || heldAfter.has(lockName(j.id));
  return rows
    .map((r) => r.value)
    .filter(isJournal)
    .filter((j) => !held(j));
}

/** Forgets an interrupted import, keeping whatever it stored. */
export async function dismissImport(journalId: string): Promise<void> {
  try {
    await (await writableDb()).meta.delete(PREFIX + journalId);
  } catch (e) {
    throw toStorageError(e);
  }
}

/**
 * Removes what an interrupted import stored, and the note, in one transaction. When nothing
 * else changed the book meanwhile, its "changed" time goes back too: the book is exactly as
 * before the import.
 */
export async function discardImport(journalId: string): Promise<void> {
  try {
    const d = await writableDb();
    await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      const row = await d.meta.get(PREFIX + journalId);
      if (!isJournal(row?.value)) return;
      const { bookId, added, changedBefore, touchedAt, othersChanged } = row.value;
      if (bookId && added.length > 0) {
        await deleteBookPhotoRows(d, bookId, added);
        const untouchedSince =
          changedBefore !== undefined &&
          othersChanged !== true &&
          touchedAt !== undefined &&
          (await changedAt(d, bookId)) === touchedAt;
        if (untouchedSince) await restoreChanged(d, bookId, changedBefore ?? undefined);
        else await touchBook(d, bookId);
      }
      await d.meta.delete(PREFIX + journalId);
    });
  } catch (e) {
    throw toStorageError(e);
  }
}

/**
 * Forgets which imports this tab is running, as a crash of the tab would (tests: jsdom has no
 * Web Locks, so this set is what tells a running import from an interrupted one).
 */
export function forgetRunningImportsForTests(): void {
  running.clear();
}

/**
 * Runs at every start, so it lives here and not in media-repo.ts: the start page does not load
 * the sealing code.
 *
 * Removes the pieces of big items whose storing died with its tab or browser (a `media` note
 * whose lock nobody holds), and the notes. A piece of an item whose record exists is kept:
 * such a note can only be one whose final transaction stored the record (it ends the note).
 */
export async function cleanStagedMedia(): Promise<number> {
  const notes = (await interruptedImports()).filter((j) => j.kind === 'media');
  let removed = 0;
  for (const note of notes) {
    const d = await writableDb();
    await d.transaction('rw', [d.photos, d.blobs, d.meta], async () => {
      for (const itemId of note.added) {
        if (await d.photos.get(itemId)) continue;
        removed += await d.blobs
          .where('photoId')
          .equals(itemId)
          .filter((b) => b.bookId === note.bookId && b.role === 'chunk')
          .delete();
      }
      await endImportInTransaction(d, note.id);
    });
  }
  return removed;
}
