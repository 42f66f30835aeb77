/**
 * The video import, with its storage and poster drawing passed in (the app's entry is
 * `@/media/import-videos`). One file at a time: a video may be 500 MB, and the bytes go from the
 * file through the cleaner's slices into sealed pieces without ever being whole in memory.
 */
import { StorageError, type AddMediaOptions } from '@/db';
import { newId, nowIso, type FuzzyDate, type Photo } from '@/domain';

import { nothingImported, type SummaryOf } from '../import-summary';
import { cleanVideo } from './clean-video';
import type { VideoPoster } from './video-poster';
import { VideoFormatError, type VideoFailure } from './video-errors';
import type { CleanedVideo } from './video-types';

export interface VideoImportProgress {
  /** Files finished (stored, duplicate or failed) of `total`. */
  done: number;
  total: number;
  /** Bytes of the files, counting the one being stored as far as it is. */
  doneBytes: number;
  totalBytes: number;
}

export interface VideoImportOptions {
  onProgress?: (p: VideoImportProgress) => void;
  signal?: AbortSignal;
  /** What every new video starts with: a title, a caption, links to entries and people. */
  details?: Partial<Pick<Photo, 'title' | 'caption' | 'entryIds' | 'personIds'>>;
}

/** Each reason is `t('video.failure.<reason>')`. */
export type VideoImportSummary = SummaryOf<VideoFailure>;

export interface VideoImportDeps {
  poster: (clean: Blob, signal?: AbortSignal) => Promise<VideoPoster | undefined>;
  store: (bookId: string, item: Photo, bytes: Blob, opts: AddMediaOptions) => Promise<Photo>;
  /** Removes an item just stored that turned out to be a duplicate. */
  remove: (bookId: string, ids: string[]) => Promise<void>;
  existing: (bookId: string) => Promise<Photo[]>;
  journal?: string;
}

function reasonOf(e: unknown): VideoFailure {
  if (e instanceof VideoFormatError) return e.reason;
  if (e instanceof StorageError) {
    if (e.code === 'storage-full') return 'storage-full';
    if (e.code === 'book-locked') return 'locked';
  }
  return 'unknown';
}

/** The recording day in the child's own time zone (the movie header holds UTC). */
function dayOf(d: Date): FuzzyDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

function videoRecord(
  bookId: string,
  cleaned: CleanedVideo,
  poster: VideoPoster | undefined,
  details: VideoImportOptions['details'] = {},
): Photo {
  const at = nowIso();
  const durationMs = poster?.durationMs ?? cleaned.info.durationMs;
  return {
    id: newId(),
    bookId,
    kind: 'video',
    mime: cleaned.mime,
    width: poster?.width ?? cleaned.info.width ?? 0,
    height: poster?.height ?? cleaned.info.height ?? 0,
    // Filled in by the store from the bytes it seals.
    byteLength: 0,
    sha256: '',
    ...(durationMs !== undefined ? { durationMs } : {}),
    ...(cleaned.info.recordedAt ? { takenAt: dayOf(cleaned.info.recordedAt) } : {}),
    ...(poster ? {} : { thumbless: true }),
    ...(details.title ? { title: details.title } : {}),
    ...(details.caption ? { caption: details.caption } : {}),
    personIds: [...new Set(details.personIds ?? [])],
    entryIds: [...new Set(details.entryIds ?? [])],
    createdAt: at,
    updatedAt: at,
  };
}

class VideoImport {
  readonly summary: VideoImportSummary = nothingImported();
  private done = 0;
  private doneBytes = 0;
  private readonly totalBytes: number;
  private readonly bySha = new Map<string, Photo>();

  constructor(
    private readonly bookId: string,
    private readonly files: readonly File[],
    private readonly opts: VideoImportOptions,
    private readonly deps: VideoImportDeps,
  ) {
    this.totalBytes = files.reduce((n, f) => n + f.size, 0);
  }

  private report(current = 0): void {
    this.opts.onProgress?.({
      done: this.done,
      total: this.files.length,
      doneBytes: Math.min(this.totalBytes, this.doneBytes + current),
      totalBytes: this.totalBytes,
    });
  }

  private get stopped(): boolean {
    return this.opts.signal?.aborted === true;
  }

  async run(): Promise<VideoImportSummary> {
    for (const item of await this.deps.existing(this.bookId)) this.bySha.set(item.sha256, item);
    this.report();
    for (const [i, file] of this.files.entries()) {
      if (this.stopped) break;
      const fatal = await this.one(file);
      this.done += 1;
      this.doneBytes += file.size;
      this.report();
      if (fatal) {
        // The disk is full or the book locked: every file after this one meets the same.
        for (const rest of this.files.slice(i + 1)) this.summary.failed.push({ name: rest.name, reason: fatal }); // prettier-ignore
        break;
      }
    }
    this.summary.cancelled = this.stopped;
    return this.summary;
  }

  /** Cleans, draws and stores one file; returns a reason that stops the whole import. */
  private async one(file: File): Promise<VideoFailure | undefined> {
    const { signal } = this.opts;
    try {
      const cleaned = await cleanVideo(file);
      const poster = await this.deps.poster(cleaned.blob, signal);
      const item = videoRecord(this.bookId, cleaned, poster, this.opts.details);
      const stored = await this.deps.store(this.bookId, item, cleaned.blob, {
        ...(poster ? { thumb: poster.thumb } : {}),
        ...(this.deps.journal ? { journal: this.deps.journal } : {}),
        ...(signal ? { signal } : {}),
        onProgress: (d, t) => {
          this.report(t > 0 ? (d / t) * file.size : 0);
        },
      });
      const same = this.bySha.get(stored.sha256);
      if (same) {
        // The hash is known only once stored (the bytes are read once, while sealing).
        await this.deps.remove(this.bookId, [stored.id]);
        this.summary.duplicates.push(same);
        return undefined;
      }
      this.bySha.set(stored.sha256, stored);
      this.summary.added.push(stored);
      return undefined;
    } catch (e) {
      if (this.stopped) return undefined;
      const reason = reasonOf(e);
      this.summary.failed.push({ name: file.name, reason });
      return reason === 'storage-full' || reason === 'locked' ? reason : undefined;
    }
  }
}

/**
 * Imports videos into a book: each is checked (size, type from the bytes), cleaned of every
 * place and device identifier (or refused with a reason), given a poster frame and its length,
 * and stored sealed in pieces. Never rejects for a bad file; aborting stops at once (videos
 * already stored stay, the one being stored is removed whole).
 */
export function runVideoImport(
  bookId: string,
  files: readonly File[],
  opts: VideoImportOptions,
  deps: VideoImportDeps,
): Promise<VideoImportSummary> {
  return new VideoImport(bookId, files, opts, deps).run();
}
