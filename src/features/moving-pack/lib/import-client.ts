/**
 * Importing a pack: check it in a worker (nothing is written until every check passed), plan
 * a new book or a merge, seal the photos in a worker, then commit everything in one
 * transaction. Cancelling before the commit leaves the store exactly as it was; the commit
 * itself is all or nothing.
 */
import {
  checkPackSpace,
  freeBytes,
  planMerge,
  SpaceError,
  type BookData,
  type PackContents,
} from '@/pack';
import { withFreshIds } from '@/pack';
import {
  anyIdInUse,
  beginImport,
  commitImport,
  discardStagedMedia,
  stageImportMedia,
  importPhotoAads,
  prepareNewBook,
  readBookContent,
  requireKey,
  storageStatus,
  type ImportPhoto,
  type PreparedBook,
  type StagedMedia,
} from '@/db';
import { mediaKindOf, newId, nowIso, type Photo } from '@/domain';
import type { FromImportWorker, SealedImportPhoto, ToImportWorker } from '@/workers/pack-protocol';
import {
  mergeParts,
  newBookParts,
  summarise,
  type CommitParts,
  type ImportSummary,
} from './merge-commit';
import { PackFailure, workerJob } from './worker-channel';

export type ImportPhase = 'check' | 'seal' | 'save';

/** Voice notes, videos and papers are stored in sealed pieces (the contract of issue 14). */
function isStoredInPieces(item: Photo): boolean {
  const kind = mediaKindOf(item);
  return kind === 'voice' || kind === 'video' || kind === 'paper';
}

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (phase: ImportPhase, done: number, total: number) => void;
  /** The workers that check and seal; tests pass in-process ones (jsdom has no Worker). */
  workers?: ImportWorkers;
  /** The device's free storage in bytes; found out here when not given (undefined: unknown). */
  freeBytes?: number;
}

/** What the import writes: the photo type with the thumbnail the check drew, if any. */
export interface PhotoToSeal {
  photo: BookData['photos'][number];
  bytes: Blob;
  thumb?: Blob;
}

export interface ImportWorkers {
  check: (file: Blob, opts: ImportOptions) => Promise<PackContents>;
  seal: (
    key: CryptoKey,
    bookId: string,
    photos: PhotoToSeal[],
    opts: ImportOptions,
  ) => Promise<SealedImportPhoto[]>;
}

function importWorker(): Worker {
  return new Worker(new URL('../../../workers/pack-import.worker.ts', import.meta.url), {
    type: 'module',
  });
}

/** The device's free storage, when the browser says. */
async function deviceFreeBytes(): Promise<number | undefined> {
  const { usage, quota } = await storageStatus();
  return freeBytes(usage, quota);
}

/**
 * Checks a pack completely, its photos through the photo importer's checks; rejects with a
 * PackFailure whose code names the problem (with the figures, when space is short).
 */
export async function checkPack(file: Blob, opts: ImportOptions = {}): Promise<PackContents> {
  const withSpace = { ...opts, freeBytes: opts.freeBytes ?? (await deviceFreeBytes()) };
  if (opts.workers) return opts.workers.check(file, withSpace);
  return checkInWorker(file, withSpace);
}

/**
 * A job on the import worker: cancelled with the caller's signal, its progress reported as
 * `phase`, and settled by the first message `result` finds the answer in.
 */
function importJob<R>(
  opts: ImportOptions,
  phase: ImportPhase,
  result: (msg: FromImportWorker) => R | undefined,
) {
  return workerJob<{ toWorker: ToImportWorker; fromWorker: FromImportWorker }, R>(importWorker, {
    ...(opts.signal ? { signal: opts.signal } : {}),
    cancelMessage: { type: 'cancel' },
    onMessage: (msg) => {
      if (msg.type === 'progress') opts.onProgress?.(phase, msg.done, msg.total);
      return result(msg);
    },
  });
}

function checkInWorker(file: Blob, opts: ImportOptions): Promise<PackContents> {
  const job = importJob(opts, 'check', (msg) => (msg.type === 'read' ? msg.contents : undefined));
  job.post({
    type: 'read',
    file,
    ...(opts.freeBytes === undefined ? {} : { freeBytes: opts.freeBytes }),
  });
  return job.result;
}

function sealInWorker(
  key: CryptoKey,
  bookId: string,
  photos: PhotoToSeal[],
  opts: ImportOptions,
): Promise<SealedImportPhoto[]> {
  if (photos.length === 0) return Promise.resolve([]);
  const job = importJob(opts, 'seal', (msg) => (msg.type === 'sealed' ? msg.photos : undefined));
  job.post({
    type: 'seal',
    key,
    photos: photos.map(({ photo, bytes, thumb }) => ({
      photo,
      bytes,
      ...(thumb ? { thumb } : {}),
      ...importPhotoAads(bookId, photo.id),
    })),
  });
  return job.result;
}

function isEmpty(parts: CommitParts): boolean {
  return (
    parts.entries.length + parts.people.length + parts.snapshots.length === 0 &&
    parts.photos.length + parts.photoUpdates.length === 0
  );
}

export type ImportTarget =
  { kind: 'new'; sentence: string; recoveryCode: string } | { kind: 'merge'; bookId: string };

export interface ImportOutcome {
  bookId: string;
  summary: ImportSummary;
}

/**
 * Brings a checked pack in. A note in the store says an import is running, so that after a
 * crash the app can say it was interrupted; the commit removes the note in its own transaction,
 * so a note that outlives the tab means nothing of the pack was saved.
 */
export async function importPack(
  contents: PackContents,
  target: ImportTarget,
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  // Again before the first write: the space may have gone while the pack waited to be brought in.
  const bytes = contents.data.photos.reduce((n, p) => n + p.byteLength, 0);
  try {
    checkPackSpace(bytes, opts.freeBytes ?? (await deviceFreeBytes()));
  } catch (e) {
    if (e instanceof SpaceError) {
      throw new PackFailure(e.code, { needed: e.needed, free: e.free });
    }
    throw e;
  }
  const journal = await beginImport(
    'bundle',
    contents.report.payloadBytes,
    target.kind === 'merge' ? target.bookId : undefined,
  );
  try {
    return await importWithJournal(contents, target, opts, journal.id);
  } finally {
    // The commit already removed the note. Should removing it fail here, a note left behind says
    // only that nothing was saved, which is true: never let it hide the import's own outcome.
    await journal.finish().catch(() => undefined);
  }
}

interface ImportPlan {
  bookId: string;
  /** Set when the import makes a new book. */
  prepared?: PreparedBook;
  parts: CommitParts;
  summary: ImportSummary;
}

/** A new book from the pack, with fresh ids when any of its ids is already on this device. */
async function planNewBook(
  incoming: BookData,
  target: Extract<ImportTarget, { kind: 'new' }>,
): Promise<ImportPlan> {
  const records = [incoming.entries, incoming.people, incoming.photos, incoming.snapshots]
    .flat()
    .map((r) => r.id);
  let data = incoming;
  let sourceIds = new Map<string, string>();
  if (await anyIdInUse({ book: incoming.book.id, records })) {
    const fresh = withFreshIds(incoming, newId);
    data = fresh.data;
    sourceIds = new Map([...fresh.idMap].map(([from, to]) => [to, from]));
  }
  const bookId = data.book.id;
  const prepared = await prepareNewBook({
    id: bookId,
    cover: data.book.cover,
    details: data.book.details,
    sentence: target.sentence,
    recoveryCode: target.recoveryCode,
  });
  const parts = newBookParts(data, sourceIds);
  return { bookId, prepared, parts, summary: summarise(parts) };
}

/** What merging the pack into an open book adds and changes. */
async function planMergeInto(incoming: BookData, bookId: string): Promise<ImportPlan> {
  const existing = await readBookContent(bookId, { withBin: true });
  const plan = planMerge(existing.content, incoming);
  const parts = mergeParts(existing.content, plan, nowIso());
  return { bookId, parts, summary: summarise(parts, plan) };
}

/** Each new photo with its bytes from the pack; a photo without its file fails the import. */
function photosWithBytes(contents: PackContents, parts: CommitParts): PhotoToSeal[] {
  return parts.photos.map(({ photo, sourceId }): PhotoToSeal => {
    const bytes = contents.photoBlobs.get(sourceId);
    if (!bytes) throw new PackFailure('missing-file');
    const thumb = contents.thumbBlobs?.get(sourceId);
    return { photo, bytes, ...(thumb ? { thumb } : {}) };
  });
}

/** Photos and drawings sealed whole in the worker, ready for the commit. */
async function sealWhole(
  key: CryptoKey,
  bookId: string,
  whole: PhotoToSeal[],
  opts: ImportOptions,
): Promise<ImportPhoto[]> {
  const sealed = await (opts.workers?.seal ?? sealInWorker)(key, bookId, whole, opts);
  const byId = new Map(sealed.map((s) => [s.photoId, s]));
  return whole.map(({ photo }) => {
    const s = byId.get(photo.id);
    if (!s) throw new PackFailure('import-failed');
    return { photo, sealed: { original: s.original, thumb: s.thumb } };
  });
}

/**
 * Writes the big items in sealed pieces ahead, then commits everything in one transaction; if
 * anything fails, the pieces written ahead go with their notes.
 */
async function stageAndCommit(
  plan: ImportPlan,
  key: CryptoKey,
  photos: ImportPhoto[],
  inPieces: PhotoToSeal[],
  opts: ImportOptions,
  journal: string,
): Promise<void> {
  const { bookId, prepared, parts } = plan;
  const staged: StagedMedia[] = [];
  try {
    for (const item of inPieces) {
      if (opts.signal?.aborted) throw new PackFailure('cancelled');
      const s = await stageImportMedia(bookId, key, item.photo, item.bytes, {
        ...(item.thumb ? { thumb: item.thumb } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      staged.push(s);
      photos.push({ photo: item.photo, sealed: s.thumb ? { thumb: s.thumb } : {}, staged: s });
    }
    // The last moment to stop: from here the commit is one transaction, all or nothing.
    if (opts.signal?.aborted) throw new PackFailure('cancelled');
    opts.onProgress?.('save', 0, 1);
    await commitImport({
      bookId,
      ...(prepared ? { newBook: prepared } : {}),
      entries: parts.entries,
      people: parts.people,
      snapshots: parts.snapshots,
      photos,
      photoUpdates: parts.photoUpdates,
      journal,
    });
  } catch (e) {
    // The pieces written ahead belong to nothing now: they go, with their notes.
    await discardStagedMedia(bookId, staged).catch(() => undefined);
    throw e;
  }
}

async function importWithJournal(
  contents: PackContents,
  target: ImportTarget,
  opts: ImportOptions,
  journal: string,
): Promise<ImportOutcome> {
  const plan =
    target.kind === 'new'
      ? await planNewBook(contents.data, target)
      : await planMergeInto(contents.data, target.bookId);
  const { bookId, prepared, parts, summary } = plan;
  try {
    const key = prepared?.key ?? requireKey(bookId);
    const withBytes = photosWithBytes(contents, parts);
    // Photos and drawings are sealed whole in the worker; big items are written in pieces.
    const whole = withBytes.filter(({ photo }) => !isStoredInPieces(photo));
    const photos = await sealWhole(key, bookId, whole, opts);
    // A merge that brings nothing new writes nothing, so the book's "changed" time stays put.
    if (!prepared && isEmpty(parts)) return { bookId, summary };
    const inPieces = withBytes.filter(({ photo }) => isStoredInPieces(photo));
    await stageAndCommit(plan, key, photos, inPieces, opts, journal);
    opts.onProgress?.('save', 1, 1);
  } catch (e) {
    // The new book's key never reached the session: wipe it.
    prepared?.raw.fill(0);
    throw e;
  }
  return { bookId, summary };
}
