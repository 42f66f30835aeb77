/**
 * The storage side of the pack: reading a whole book for export, and committing an import
 * all at once. Sealing happens before the transaction (WebCrypto inside an IndexedDB
 * transaction would let it commit early); the transaction then writes every row or none, under
 * the book's write lock so another tab cannot interleave.
 */
import { createKeyring, seal } from '@/crypto';
import { bookFromPack } from '@/domain';
import { nowIso } from '@/domain';
import type { BookCover, BookDetails, Entry, NetworkSnapshot, Person, Photo } from '@/domain';

import { ACTIVITY_KEYS, markExported, touchBook } from './book-activity';
import { DEFAULT_DETAILS, getBookSummary, readDetails, requireKey } from './books-repo';
import { db, writableDb } from './connection';
import type { BlobRow, BookRow, LivsbogDb, RecordTable, SealedRow } from './database';
import { entryWrite } from './entries-repo';
import { StorageError, toStorageError } from './errors';
import { beginImport, endImportInTransaction, type RunningImport } from './import-journal';
import { mediaChunkCount, storeChunks } from './media-repo';
import { withWriteLock } from './locks';
import { photoBlobAad, photoWrite, type SealedPart } from './photos-repo';
import { listRecords, sealRecordRows, type RecordList } from './records-repo';
import { sealValue } from './sealing';
import { setUnlocked } from './session';
import { personWrite } from './people-repo';
import { setBooksMarker } from './presence';

export interface BookContent {
  book: { id: string; cover: BookCover; details: BookDetails };
  entries: Entry[];
  people: Person[];
  photos: Photo[];
  snapshots: NetworkSnapshot[];
}

export interface BookContentRead {
  content: BookContent;
  /** Records whose ciphertext no longer opens: they cannot go into an export. */
  damaged: string[];
}

async function bothSides<T>(
  table: RecordTable,
  bookId: string,
  binned: boolean,
): Promise<RecordList<T>> {
  const live = await listRecords<T>(table, bookId);
  if (!binned) return live;
  const bin = await listRecords<T>(table, bookId, { binned: true });
  return { items: [...live.items, ...bin.items], damaged: [...live.damaged, ...bin.damaged] };
}

/**
 * Everything in the book, opened: what is not in the bin (an export), or with the bin too (a
 * merge must see a binned record, or it would bring it back as new).
 */
export async function readBookContent(
  bookId: string,
  opts: { withBin?: boolean } = {},
): Promise<BookContentRead> {
  const summary = await getBookSummary(bookId);
  if (!summary) throw new StorageError('not-found');
  const withBin = opts.withBin ?? false;
  const [details, entries, people, photos, snapshots] = await Promise.all([
    readDetails(bookId),
    bothSides<Entry>('entries', bookId, withBin),
    bothSides<Person>('people', bookId, withBin),
    bothSides<Photo>('photos', bookId, withBin),
    bothSides<NetworkSnapshot>('snapshots', bookId, withBin),
  ]);
  return {
    content: {
      book: { id: bookId, cover: summary.cover, details },
      entries: entries.items,
      people: people.items,
      photos: photos.items,
      snapshots: snapshots.items,
    },
    damaged: [...entries.damaged, ...people.damaged, ...photos.damaged, ...snapshots.damaged],
  };
}

/** A photo's sealed bytes as stored, for a worker that holds the key to open them. */
export async function readSealedPhoto(
  bookId: string,
  photoId: string,
  role: BlobRow['role'],
): Promise<SealedPart & { aad: string }> {
  const row = await db().blobs.get(`${photoId}:${role}`);
  if (row?.bookId !== bookId) throw new StorageError('not-found');
  return { iv: row.iv, ct: row.ct, aad: photoBlobAad(bookId, photoId, role) };
}

/** Notes a finished export, so the reminder starts counting again. */
export async function recordExport(bookId: string, at = nowIso()): Promise<void> {
  try {
    const d = await writableDb();
    await d.transaction('rw', d.meta, () => markExported(d, bookId, at));
  } catch (e) {
    throw toStorageError(e);
  }
}

// ---- import ---------------------------------------------------------------------------------

/** A new book's row and key, made before anything is written. */
export interface PreparedBook {
  row: BookRow;
  key: CryptoKey;
  raw: Uint8Array;
}

export async function prepareNewBook(input: {
  id: string;
  cover: BookCover;
  details: BookDetails;
  sentence: string;
  recoveryCode: string;
}): Promise<PreparedBook> {
  const { keyring, key, raw } = await createKeyring(input.sentence, input.recoveryCode);
  // The details as they came, except what a pack must not decide for this device: settings are
  // clamped to what Settings offers, and a pack never makes a sample book (bookFromPack).
  const { cover, details } = bookFromPack(input.cover, { ...DEFAULT_DETAILS, ...input.details });
  const sealed = await sealValue(key, 'details', input.id, input.id, details);
  return {
    row: { id: input.id, cover, keyring, details: sealed, createdAt: nowIso() },
    key,
    raw,
  };
}

export interface ImportPhoto {
  photo: Photo;
  /**
   * Sealed with `photoBlobAad(bookId, photo.id, role)` for the target book. A big item's bytes
   * are `staged` in pieces instead of an `original`; it may have no thumb (a voice note).
   */
  sealed: { original?: SealedPart; thumb?: SealedPart };
  /** A big item's pieces, already written (`stageImportMedia`): the commit keeps them. */
  staged?: StagedMedia;
}

// ---- big items of an import ------------------------------------------------------------------

/** A big item's pieces written ahead of the commit, under a note of their own. */
export interface StagedMedia {
  itemId: string;
  /** The number of pieces: the record's `chunks`. */
  chunks: number;
  note: RunningImport;
  /** Its small picture (a scanned paper's), sealed for the commit to store. */
  thumb?: SealedPart;
}

async function removeStagedChunks(d: LivsbogDb, bookId: string, itemId: string): Promise<void> {
  await d.transaction('rw', d.blobs, () =>
    d.blobs
      .where('photoId')
      .equals(itemId)
      .filter((b) => b.bookId === bookId && b.role === 'chunk')
      .delete(),
  );
}

/**
 * Writes a big item of an import (voice note, video, paper) in sealed pieces before the commit,
 * one small transaction per piece, reading `bytes` piece by piece into one buffer (`storeChunks`,
 * as `addMedia` does): a 500 MB video is never whole in memory, and the commit stays one short
 * transaction that writes the records. A `media` note names the item first, so pieces left by a
 * crash are removed at the next start (`cleanStagedMedia`); a failure here removes them at once.
 * The bytes must be the ones the record describes (`sha256`, `byteLength`), or nothing stays.
 */
export async function stageImportMedia(
  bookId: string,
  key: CryptoKey,
  item: Photo,
  bytes: Blob,
  opts: {
    thumb?: Blob;
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
  } = {},
): Promise<StagedMedia> {
  const d = await writableDb().catch((e: unknown) => {
    throw toStorageError(e);
  });
  const note = await beginImport('media', bytes.size, bookId, [item.id]);
  try {
    const sha256 = await storeChunks(d, key, bookId, item, bytes, {
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      goOn: () => opts.signal?.throwIfAborted(),
    });
    if (sha256 !== item.sha256 || bytes.size !== item.byteLength) {
      throw new StorageError('write-failed', `${item.id}: bytes differ from the record`);
    }
    const chunks = mediaChunkCount(bytes.size);
    if (!opts.thumb) return { itemId: item.id, chunks, note };
    const thumb = await seal(
      key,
      new Uint8Array(await opts.thumb.arrayBuffer()),
      photoBlobAad(bookId, item.id, 'thumb'),
    );
    return {
      itemId: item.id,
      chunks,
      note,
      thumb: { iv: thumb.iv, ct: new Blob([thumb.ct]) },
    };
  } catch (e) {
    await discardStagedMedia(bookId, [{ itemId: item.id, chunks: 0, note }]);
    if (opts.signal?.aborted === true) throw e;
    throw e instanceof StorageError ? e : toStorageError(e);
  }
}

/** Removes staged pieces of an import that stops before its commit, and their notes. */
export async function discardStagedMedia(bookId: string, staged: readonly StagedMedia[]) {
  const d = await writableDb();
  for (const s of staged) {
    // If even removing cannot be written, the note stays and the next start removes them.
    await removeStagedChunks(d, bookId, s.itemId).then(
      () => s.note.finish(),
      () => {
        s.note.abandon();
      },
    );
  }
}

export interface ImportCommit {
  bookId: string;
  /** Set when the import makes a new book; otherwise the book must exist and be unlocked. */
  newBook?: PreparedBook;
  entries: Entry[];
  people: Person[];
  snapshots: NetworkSnapshot[];
  /** New photos with their sealed bytes. */
  photos: ImportPhoto[];
  /** Existing photos whose record changes (links added by a merge); bytes untouched. */
  photoUpdates: Photo[];
  /** The running import's note: ended in the commit's own transaction. */
  journal?: string;
}

/** Ids already used by another book: an import must never overwrite someone else's row. */
async function foreignIds(bookId: string, c: ImportCommit): Promise<string[]> {
  const d = db();
  const check = async (table: RecordTable, ids: string[]) =>
    (await d.table<SealedRow, string>(table).bulkGet(ids))
      .filter((r) => r !== undefined && r.bookId !== bookId)
      .map((r) => r?.id ?? '');
  const clashes = await Promise.all([
    check(
      'entries',
      c.entries.map((e) => e.id),
    ),
    check(
      'people',
      c.people.map((p) => p.id),
    ),
    check(
      'snapshots',
      c.snapshots.map((s) => s.id),
    ),
    check('photos', [...c.photos.map((p) => p.photo.id), ...c.photoUpdates.map((p) => p.id)]),
  ]);
  return clashes.flat();
}

/** Every record of an import sealed for its book, new photos and changed photos apart. */
async function sealImportRows(key: CryptoKey, bookId: string, c: ImportCommit) {
  const [entries, people, snapshots, photos, updates] = await Promise.all([
    sealRecordRows(
      key,
      'entries',
      bookId,
      c.entries.map((e) => entryWrite(e)),
    ),
    sealRecordRows(key, 'people', bookId, c.people.map(personWrite)),
    sealRecordRows(
      key,
      'snapshots',
      bookId,
      c.snapshots.map((s) => ({ value: s })),
    ),
    sealRecordRows(
      key,
      'photos',
      bookId,
      // A staged item's record says how many pieces hold its bytes.
      c.photos.map((p) => photoWrite(p.staged ? { ...p.photo, chunks: p.staged.chunks } : p.photo)),
    ),
    sealRecordRows(key, 'photos', bookId, c.photoUpdates.map(photoWrite)),
  ]);
  return { entries, people, snapshots, photos: [...photos, ...updates] };
}

type SealedImport = Awaited<ReturnType<typeof sealImportRows>>;

/** The sealed picture and thumbnail of each new photo as `blobs` rows. */
function importBlobRows(bookId: string, c: ImportCommit): BlobRow[] {
  return c.photos.flatMap(({ photo, sealed }) =>
    (['original', 'thumb'] as const).flatMap((role) => {
      const part = sealed[role];
      return part
        ? [
            {
              id: `${photo.id}:${role}`,
              bookId,
              photoId: photo.id,
              role,
              iv: part.iv,
              ct: part.ct,
            },
          ]
        : [];
    }),
  );
}

/** The one transaction of an import: the new book (if any), its rows and the end of its notes. */
async function writeImport(
  bookId: string,
  c: ImportCommit,
  rows: SealedImport,
  blobs: BlobRow[],
): Promise<void> {
  const d = await writableDb();
  await d.transaction(
    'rw',
    [d.books, d.entries, d.people, d.photos, d.snapshots, d.blobs, d.meta],
    async () => {
      if (c.newBook) {
        if (await d.books.get(bookId)) throw new StorageError('write-failed');
        await d.books.add(c.newBook.row);
        await d.meta.bulkDelete(ACTIVITY_KEYS(bookId));
      } else if (!(await d.books.get(bookId))) {
        throw new StorageError('not-found');
      }
      await d.entries.bulkPut(rows.entries);
      await d.people.bulkPut(rows.people);
      await d.snapshots.bulkPut(rows.snapshots);
      await d.photos.bulkPut(rows.photos);
      await d.blobs.bulkPut(blobs);
      await touchBook(d, bookId);
      // With the data, never apart: a note left after a crash means nothing was written.
      if (c.journal) await endImportInTransaction(d, c.journal);
      // The staged pieces now belong to stored records: their notes end with them.
      for (const { staged } of c.photos) {
        if (staged) await endImportInTransaction(d, staged.note.id);
      }
    },
  );
}

/**
 * Writes an import in one transaction: the new book (if any), every record and every photo, or
 * nothing at all. The book stays unlocked afterwards when it is new.
 */
export async function commitImport(c: ImportCommit): Promise<void> {
  const { bookId } = c;
  const key = c.newBook?.key ?? requireKey(bookId);
  await withWriteLock(`book:${bookId}`, async () => {
    if ((await foreignIds(bookId, c)).length > 0) throw new StorageError('foreign-ids');
    const rows = await sealImportRows(key, bookId, c);
    try {
      await writeImport(bookId, c, rows, importBlobRows(bookId, c));
    } catch (e) {
      if (e instanceof StorageError) throw e;
      throw toStorageError(e);
    }
  });
  for (const { staged } of c.photos) if (staged) await staged.note.finish();
  if (c.newBook) {
    setUnlocked(bookId, c.newBook.key, c.newBook.raw);
    if (c.newBook.row.cover.sample !== true) setBooksMarker();
  }
}

/** The AAD for sealing an imported photo's bytes (re-exported for the import worker's caller). */
export function importPhotoAads(bookId: string, photoId: string) {
  return {
    originalAad: photoBlobAad(bookId, photoId, 'original'),
    thumbAad: photoBlobAad(bookId, photoId, 'thumb'),
  };
}

/** Whether any of these ids is already a book or record on this device (in any book). */
export async function anyIdInUse(ids: { book: string; records: string[] }): Promise<boolean> {
  const d = db();
  if (await d.books.get(ids.book)) return true;
  for (const table of ['entries', 'people', 'photos', 'snapshots'] as const) {
    const rows = await d.table<SealedRow, string>(table).bulkGet(ids.records);
    if (rows.some((r) => r !== undefined)) return true;
  }
  return false;
}
