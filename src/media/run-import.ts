import { requireKey } from '@/db';
import { StorageError } from '@/db';
import { photoBlobAad, type NewPhoto } from '@/db';
import { MEDIA_LIMITS, MEDIA_TYPES, newId, nowIso } from '@/domain';
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
import { nothingImported } from './import-summary';
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

/**
 * The picture's own date first; a drawing has none, so it is dated the day it was drawn. A
 * paper's date is the one the child gave or none: a scan's EXIF date is the day of the scan.
 */
function takenAtOf(p: ProcessedPhoto, { kind, details }: ImportOptions): Pick<Photo, 'takenAt'> {
  const takenAt = kind === 'paper' ? details?.takenAt : (p.takenAt ?? details?.takenAt);
  return takenAt ? { takenAt } : {};
}

function newPhoto(bookId: string, id: string, p: ProcessedPhoto, opts: ImportOptions): Photo {
  const now = nowIso();
  const { kind, details } = opts;
  return {
    id,
    bookId,
    // A photo stays without a kind, as every photo stored before kinds (mediaKindOf).
    ...(kind && kind !== 'photo' ? { kind } : {}),
    mime: p.mime,
    width: p.width,
    height: p.height,
    byteLength: p.byteLength,
    sha256: p.sha256,
    ...takenAtOf(p, opts),
    ...(details?.title ? { title: details.title } : {}),
    ...(details?.givenBy ? { givenBy: details.givenBy } : {}),
    ...(details?.caption ? { caption: details.caption } : {}),
    personIds: [...(details?.personIds ?? [])],
    entryIds: [...(details?.entryIds ?? [])],
    createdAt: now,
    updatedAt: now,
  };
}

/** The most bytes one file of the kind may have, where the kind has its own limit. */
function kindLimit(kind: ImportOptions['kind']): number | undefined {
  if (kind === 'drawing') return MEDIA_LIMITS.drawingBytes;
  if (kind === 'paper') return MEDIA_LIMITS.paperBytes;
  return undefined;
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
  // Read before anything starts: a locked book rejects here, with nothing written.
  const existing = await deps.existing(bookId);
  return new ImportRun(bookId, files, opts, deps, existing).run();
}

/**
 * One import's state, in stages: lanes take the next file, process it and queue the clean photo
 * (`lane`, `handle`, `queue`); the writer stores the queue in batches behind them (`scheduleWrite`,
 * `flush`, `writeWaiting`, `storeBatch`); `finish` accounts for what was never stored.
 */
class ImportRun {
  private readonly summary: ImportSummary = nothingImported();
  private readonly byHash: Map<string, Photo>;
  private readonly total: number;
  private done = 0;
  private next = 0;
  private fatal: ImportFailure | undefined;
  private readonly waiting: Waiting[] = [];
  private waitingBytes = 0;
  private wakeLanes: (() => void)[] = [];
  private writer = Promise.resolve();
  private scheduled = false;
  private lanesDone = false;
  private gatherTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly bookId: string,
    private readonly files: File[],
    private readonly opts: ImportOptions,
    private readonly deps: ImportDeps,
    existing: Photo[],
  ) {
    this.total = files.length;
    this.byHash = new Map(existing.map((p) => [p.sha256, p]));
  }

  async run(): Promise<ImportSummary> {
    const { signal } = this.opts;
    signal?.addEventListener('abort', this.wake, { once: true });
    this.progress();
    await Promise.all(Array.from({ length: Math.max(1, this.deps.concurrency) }, this.lane));
    this.lanesDone = true;
    this.scheduleWrite();
    await this.writer;
    signal?.removeEventListener('abort', this.wake);
    this.finish();
    return this.summary;
  }

  private progress() {
    this.opts.onProgress?.({ done: this.done, total: this.total });
  }

  private stopped() {
    return this.opts.signal?.aborted === true || this.fatal !== undefined;
  }

  /** Lets the lanes waiting for room in memory go on (an arrow: it is also the abort listener). */
  private readonly wake = () => {
    const w = this.wakeLanes;
    this.wakeLanes = [];
    for (const f of w) f();
  };

  private settle(n = 1) {
    this.done += n;
    this.progress();
  }

  private async writeWaiting() {
    while (this.waiting.length > 0 && !this.stopped()) {
      let bytes = 0;
      let count = 0;
      while (count < this.waiting.length && count < BATCH_COUNT && bytes < BATCH_BYTES) {
        bytes += this.waiting[count]?.byteLength ?? 0;
        count += 1;
      }
      await this.storeBatch(this.waiting.splice(0, count), bytes);
    }
  }

  /** One transaction: the whole batch is added, or every photo in it failed with one reason. */
  private async storeBatch(batch: Waiting[], bytes: number) {
    try {
      await this.deps.store(
        this.bookId,
        batch.map((w) => w.item),
      );
      this.summary.added.push(...batch.map((w) => w.photo));
    } catch (e) {
      const reason = storageReason(e);
      for (const w of batch) {
        this.byHash.delete(w.photo.sha256);
        this.summary.failed.push({ name: w.name, reason });
      }
      if (reason !== 'unknown') this.fatal = reason;
    }
    for (const w of batch) w.plain?.fill(0); // no decoded photo left lying in memory
    this.waitingBytes -= bytes;
    this.settle(batch.length);
    this.wake();
  }

  /** Queues a write of what waits now (an arrow: it is also the gather timer's callback). */
  private readonly flush = () => {
    if (this.gatherTimer !== undefined) clearTimeout(this.gatherTimer);
    this.gatherTimer = undefined;
    if (this.scheduled) return;
    this.scheduled = true;
    this.writer = this.writer.then(async () => {
      this.scheduled = false;
      await this.writeWaiting();
    });
  };

  private scheduleWrite() {
    const gather = this.deps.gatherMs ?? 0;
    const full = this.waiting.length >= BATCH_COUNT || this.waitingBytes >= BATCH_BYTES;
    if (gather <= 0 || full || this.lanesDone || this.stopped()) {
      this.flush();
      return;
    }
    this.gatherTimer ??= setTimeout(this.flush, gather);
  }

  private room() {
    return this.waitingBytes < MAX_WAITING_BYTES || this.stopped()
      ? Promise.resolve()
      : new Promise<void>((resolve) => this.wakeLanes.push(resolve));
  }

  private sealFor(id: string): SealRequest | undefined {
    return this.deps.sealInWorkers
      ? {
          key: requireKey(this.bookId),
          originalAad: photoBlobAad(this.bookId, id, 'original'),
          thumbAad: photoBlobAad(this.bookId, id, 'thumb'),
          printAad: photoBlobAad(this.bookId, id, 'print'),
        }
      : undefined;
  }

  private async outcomeOf(file: File, id: string): Promise<ProcessOutcome> {
    const limit = kindLimit(this.opts.kind);
    if (limit !== undefined && file.size > limit) return { kind: 'failed', reason: 'too-large' };
    const first = await this.deps.process(file, undefined, this.sealFor(id));
    if (first.kind !== 'heic') return first;
    const jpeg = await this.deps.convertHeic(file);
    if (!jpeg) return { kind: 'failed', reason: 'heic-unsupported' };
    const second = await this.deps.process(jpeg, first.takenAt, this.sealFor(id));
    return second.kind === 'heic' ? { kind: 'failed', reason: 'heic-unsupported' } : second;
  }

  private async handle(file: File) {
    // The id comes first: the worker seals the bytes for exactly this photo's slots.
    const id = newId();
    let outcome: ProcessOutcome;
    try {
      outcome = await this.outcomeOf(file, id);
    } catch (e) {
      outcome = { kind: 'failed', reason: storageReason(e) }; // locked before it was sent
      if (outcome.reason !== 'unknown') this.fatal = outcome.reason;
    }
    if (this.opts.signal?.aborted) return;
    if (outcome.kind === 'failed') {
      this.summary.failed.push({ name: file.name, reason: outcome.reason });
      this.settle();
      return;
    }
    if (outcome.kind !== 'ok') return;
    const { kind } = this.opts;
    if (kind && !MEDIA_TYPES[kind].includes(outcome.photo.mime)) {
      this.summary.failed.push({ name: file.name, reason: 'unsupported-type' });
      this.settle();
      return;
    }
    const duplicate = this.byHash.get(outcome.photo.sha256);
    if (duplicate) {
      this.summary.duplicates.push(duplicate);
      this.settle();
      return;
    }
    this.queue(file.name, id, outcome.photo);
  }

  /** A new clean photo: counted for dedup at once, stored with the next batch. */
  private queue(name: string, id: string, processed: ProcessedPhoto) {
    const photo = newPhoto(this.bookId, id, processed, this.opts);
    this.byHash.set(photo.sha256, photo);
    const c = processed.content;
    this.waiting.push({
      name,
      photo,
      byteLength: photo.byteLength,
      ...(c.kind === 'plain'
        ? { plain: c.bytes, item: { photo, original: c.bytes, thumb: c.thumb, print: c.print } }
        : { item: { photo, sealed: { original: c.original, thumb: c.thumb, print: c.print } } }),
    });
    this.waitingBytes += photo.byteLength;
    this.scheduleWrite();
  }

  /** One of `concurrency` lanes (an arrow: Array.from calls it unbound). */
  private readonly lane = async () => {
    for (;;) {
      await this.room();
      if (this.stopped()) return;
      const file = this.files[this.next];
      this.next += 1;
      if (!file) return;
      await this.handle(file);
    }
  };

  private finish() {
    if (this.opts.signal?.aborted) {
      this.summary.cancelled = true;
      for (const w of this.waiting.splice(0)) w.plain?.fill(0);
    } else if (this.fatal) {
      // Storage is full (or the book locked): say so for every file that was not stored.
      const fatal = this.fatal;
      for (const w of this.waiting.splice(0))
        this.summary.failed.push({ name: w.name, reason: fatal });
      for (const file of this.files.slice(this.next))
        this.summary.failed.push({ name: file.name, reason: fatal });
      this.done = this.total;
      this.progress();
    }
  }
}
