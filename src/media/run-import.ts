import { requireKey } from '@/db';
import { StorageError } from '@/db';
import { photoBlobAad, type NewPhoto } from '@/db';
import { newId, nowIso } from '@/domain';
import type { Photo } from '@/domain';

import type { HeicConverter } from './heic-decoder';
import type { ImportFailure } from './image-errors';
import type {
  ImportOptions,
  ImportSummary,
  ProcessOutcome,
  ProcessedPhoto,
  SealRequest,
} from './import-types';
import type { PhotoProcessor } from './worker-pool';

export interface ImportDeps {
  process: PhotoProcessor;
  concurrency: number;
  convertHeic: HeicConverter;
  store: (bookId: string, photos: NewPhoto[]) => Promise<void>;
  existing: (bookId: string) => Promise<Photo[]>;
  /**
   * Seal in the workers (the app does): photo-sized buffers never reach the main thread, whose
   * garbage collection of them showed as long tasks. Off in tests with an in-process processor.
   */
  sealInWorkers?: boolean;
  /**
   * How long a finished photo may wait for others before they are stored together (ms; 0 or
   * unset: at once). Photos finish one by one, so writing at once made one transaction per photo
   * and one re-read of the gallery's whole photo list per photo (issue 16).
   */
  gatherMs?: number;
}

/**
 * Writes go in small batches, one transaction each: a batch is stored whole or not at all, and
 * no more than this many clean photos wait in memory (TOOLCHAIN: piling up hundreds of MB of
 * Blobs makes Chromium fail the writes).
 */
const BATCH_COUNT = 8;
const BATCH_BYTES = 48 * 1024 * 1024;
const MAX_WAITING_BYTES = 96 * 1024 * 1024;

interface Waiting {
  name: string;
  photo: Photo;
  item: NewPhoto;
  byteLength: number;
  /** Clear bytes to zero once written (only when the workers did not seal). */
  plain?: Uint8Array;
}

function storageReason(e: unknown): ImportFailure {
  if (e instanceof StorageError) {
    if (e.code === 'storage-full') return 'storage-full';
    if (e.code === 'book-locked') return 'locked';
  }
  return 'unknown';
}

function newPhoto(bookId: string, id: string, p: ProcessedPhoto): Photo {
  const now = nowIso();
  return {
    id,
    bookId,
    mime: p.mime,
    width: p.width,
    height: p.height,
    byteLength: p.byteLength,
    sha256: p.sha256,
    ...(p.takenAt ? { takenAt: p.takenAt } : {}),
    personIds: [],
    entryIds: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The import, with its workers and storage passed in. Files are processed `concurrency` at a time
 * while finished photos are written behind them; every file ends up added, a duplicate, or failed
 * with a reason, unless the import is cancelled (photos already written stay).
 */
export async function runImport(
  bookId: string,
  files: File[],
  opts: ImportOptions,
  deps: ImportDeps,
): Promise<ImportSummary> {
  const { signal, onProgress } = opts;
  const total = files.length;
  const summary: ImportSummary = { added: [], duplicates: [], failed: [], cancelled: false };
  const byHash = new Map((await deps.existing(bookId)).map((p) => [p.sha256, p]));
  let done = 0;
  let next = 0;
  let fatal: ImportFailure | undefined;
  const waiting: Waiting[] = [];
  let waitingBytes = 0;
  let wakeLanes: (() => void)[] = [];

  const progress = () => onProgress?.({ done, total });
  const stopped = () => signal?.aborted === true || fatal !== undefined;
  const wake = () => {
    const w = wakeLanes;
    wakeLanes = [];
    for (const f of w) f();
  };
  signal?.addEventListener('abort', wake, { once: true });
  const settle = (n = 1) => {
    done += n;
    progress();
  };

  const writeWaiting = async () => {
    while (waiting.length > 0 && !stopped()) {
      let bytes = 0;
      let count = 0;
      while (count < waiting.length && count < BATCH_COUNT && bytes < BATCH_BYTES) {
        bytes += waiting[count]?.byteLength ?? 0;
        count += 1;
      }
      const batch = waiting.splice(0, count);
      try {
        await deps.store(
          bookId,
          batch.map((w) => w.item),
        );
        summary.added.push(...batch.map((w) => w.photo));
      } catch (e) {
        const reason = storageReason(e);
        for (const w of batch) {
          byHash.delete(w.photo.sha256);
          summary.failed.push({ name: w.name, reason });
        }
        if (reason !== 'unknown') fatal = reason;
      }
      for (const w of batch) w.plain?.fill(0); // no decoded photo left lying in memory
      waitingBytes -= bytes;
      settle(batch.length);
      wake();
    }
  };

  let writer = Promise.resolve();
  let scheduled = false;
  let lanesDone = false;
  let gatherTimer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (gatherTimer !== undefined) clearTimeout(gatherTimer);
    gatherTimer = undefined;
    if (scheduled) return;
    scheduled = true;
    writer = writer.then(async () => {
      scheduled = false;
      await writeWaiting();
    });
  };
  const scheduleWrite = () => {
    const gather = deps.gatherMs ?? 0;
    const full = waiting.length >= BATCH_COUNT || waitingBytes >= BATCH_BYTES;
    if (gather <= 0 || full || lanesDone || stopped()) {
      flush();
      return;
    }
    gatherTimer ??= setTimeout(flush, gather);
  };

  const room = () =>
    waitingBytes < MAX_WAITING_BYTES || stopped()
      ? Promise.resolve()
      : new Promise<void>((resolve) => wakeLanes.push(resolve));

  const sealFor = (id: string): SealRequest | undefined =>
    deps.sealInWorkers
      ? {
          key: requireKey(bookId),
          originalAad: photoBlobAad(bookId, id, 'original'),
          thumbAad: photoBlobAad(bookId, id, 'thumb'),
        }
      : undefined;

  const outcomeOf = async (file: File, id: string): Promise<ProcessOutcome> => {
    const first = await deps.process(file, undefined, sealFor(id));
    if (first.kind !== 'heic') return first;
    const jpeg = await deps.convertHeic(file);
    if (!jpeg) return { kind: 'failed', reason: 'heic-unsupported' };
    const second = await deps.process(jpeg, first.takenAt, sealFor(id));
    return second.kind === 'heic' ? { kind: 'failed', reason: 'heic-unsupported' } : second;
  };

  const handle = async (file: File) => {
    // The id comes first: the worker seals the bytes for exactly this photo's slots.
    const id = newId();
    let outcome: ProcessOutcome;
    try {
      outcome = await outcomeOf(file, id);
    } catch (e) {
      outcome = { kind: 'failed', reason: storageReason(e) }; // locked before it was sent
      if (outcome.reason !== 'unknown') fatal = outcome.reason;
    }
    if (signal?.aborted) return;
    if (outcome.kind === 'failed') {
      summary.failed.push({ name: file.name, reason: outcome.reason });
      settle();
      return;
    }
    if (outcome.kind !== 'ok') return;
    const duplicate = byHash.get(outcome.photo.sha256);
    if (duplicate) {
      summary.duplicates.push(duplicate);
      settle();
      return;
    }
    const photo = newPhoto(bookId, id, outcome.photo);
    byHash.set(photo.sha256, photo);
    const c = outcome.photo.content;
    waiting.push({
      name: file.name,
      photo,
      byteLength: photo.byteLength,
      ...(c.kind === 'plain'
        ? { plain: c.bytes, item: { photo, original: c.bytes, thumb: c.thumb } }
        : { item: { photo, sealed: { original: c.original, thumb: c.thumb } } }),
    });
    waitingBytes += photo.byteLength;
    scheduleWrite();
  };

  const lane = async () => {
    for (;;) {
      await room();
      if (stopped()) return;
      const file = files[next];
      next += 1;
      if (!file) return;
      await handle(file);
    }
  };

  progress();
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency) }, lane));
  lanesDone = true;
  scheduleWrite();
  await writer;
  signal?.removeEventListener('abort', wake);

  if (signal?.aborted) {
    summary.cancelled = true;
    for (const w of waiting.splice(0)) w.plain?.fill(0);
  } else if (fatal) {
    // Storage is full (or the book locked): say so for every file that was not stored.
    for (const w of waiting.splice(0)) summary.failed.push({ name: w.name, reason: fatal });
    for (const file of files.slice(next)) summary.failed.push({ name: file.name, reason: fatal });
    done = total;
    progress();
  }
  return summary;
}
