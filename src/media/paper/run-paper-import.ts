/**
 * The paper import, with its cleaner, scan import and storage passed in (the app's entry is
 * `@/media/import-papers`). A PDF goes through the paper worker and is stored sealed in pieces;
 * a scan (JPEG, PNG, WebP, GIF, HEIC) goes through the photo import as `kind: 'paper'`. Both get
 * the title, date and giver the child gave.
 */
import { StorageError, type AddMediaOptions } from '@/db';
import {
  hasText,
  isTooLong,
  newId,
  nowIso,
  isPdf,
  TEXT_LIMITS,
  MEDIA_LIMITS,
  PDF_SNIFF_BYTES,
  SNIFF_BYTES,
  sniffType,
  type FuzzyDate,
  type Photo,
  type SniffedType,
} from '@/domain';

import { nothingImported, type SummaryOf } from '../import-summary';
import type { ImportOptions, ImportSummary } from '../import-types';
import type { PaperFailure } from './paper-failure';
import type { PaperCleanOutcome } from './paper-protocol';

/** What the child tells about the papers (the gallery's paper form). */
export interface PaperMeta {
  /** Empty: each paper is called by its file's name. */
  title: string;
  date?: FuzzyDate;
  /** Who gave it: mum, the school. */
  givenBy?: string;
  entryIds?: string[];
  personIds?: string[];
}

/** Each reason is `t('papers.failure.<reason>')`. */
export type PaperImportSummary = SummaryOf<PaperFailure>;

export interface PaperImportDeps {
  /** Cleans one PDF (the paper worker); never rejects for a bad file. */
  clean: (file: Blob, signal?: AbortSignal) => Promise<PaperCleanOutcome>;
  /** The photo import, for scans. */
  importScans: (bookId: string, files: File[], opts: ImportOptions) => Promise<ImportSummary>;
  store: (bookId: string, item: Photo, bytes: Blob, opts: AddMediaOptions) => Promise<Photo>;
  existing: (bookId: string) => Promise<Photo[]>;
  journal?: string;
}

const SCAN_TYPES = new Set<SniffedType>(['jpeg', 'png', 'webp', 'gif', 'heic', 'avif']);

type Sorted = { kind: 'pdf' } | { kind: 'scan' } | { kind: 'failed'; reason: PaperFailure };

/** PDF, scan or refused, from the bytes (never the name). */
async function sortFile(file: File): Promise<Sorted> {
  if (file.size === 0) return { kind: 'failed', reason: 'empty' };
  if (file.size > MEDIA_LIMITS.paperBytes) return { kind: 'failed', reason: 'too-large' };
  const head = new Uint8Array(
    await file.slice(0, Math.max(SNIFF_BYTES, PDF_SNIFF_BYTES)).arrayBuffer(),
  );
  const type = sniffType(head.subarray(0, SNIFF_BYTES));
  // A picture first: a photo's EXIF may well hold the letters `%PDF-` in its first kilobyte.
  if (SCAN_TYPES.has(type)) return { kind: 'scan' };
  if (isPdf(head)) return { kind: 'pdf' };
  if (type === 'svg') return { kind: 'failed', reason: 'svg' };
  if (type === 'tiff' || type === 'bmp') return { kind: 'failed', reason: 'unsupported-type' };
  return { kind: 'failed', reason: 'not-a-paper' };
}

function storageReason(e: unknown): PaperFailure {
  if (e instanceof StorageError) {
    if (e.code === 'storage-full') return 'storage-full';
    if (e.code === 'book-locked') return 'locked';
  }
  return 'unknown';
}

/** A file's name without its extension: the title of a paper the child did not name. */
function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).slice(0, TEXT_LIMITS.title);
}

/** Why the details cannot be stored (the form checks the same), if they cannot. */
export function paperMetaProblem(meta: PaperMeta): PaperFailure | undefined {
  if (isTooLong(meta.title.trim(), TEXT_LIMITS.title)) return 'title-too-long';
  if (isTooLong(meta.givenBy?.trim() ?? '', TEXT_LIMITS.name)) return 'given-by-too-long';
  return undefined;
}

function paperDetails(meta: PaperMeta): NonNullable<ImportOptions['details']> {
  const givenBy = meta.givenBy?.trim() ?? '';
  return {
    ...(hasText(meta.title) ? { title: meta.title.trim() } : {}),
    ...(meta.date ? { takenAt: meta.date } : {}),
    ...(hasText(givenBy) ? { givenBy } : {}),
    entryIds: [...new Set(meta.entryIds ?? [])],
    personIds: [...new Set(meta.personIds ?? [])],
  };
}

function pdfRecord(
  bookId: string,
  name: string,
  clean: Extract<PaperCleanOutcome, { ok: true }>,
  details: NonNullable<ImportOptions['details']>,
): Photo {
  const at = nowIso();
  return {
    id: newId(),
    bookId,
    kind: 'paper',
    mime: 'application/pdf',
    width: clean.width,
    height: clean.height,
    // Filled in by the store from the bytes it seals.
    byteLength: 0,
    sha256: '',
    pageCount: clean.pageCount,
    // No PDF renderer is bundled (pdf.js is large): the app shows an icon and the page count.
    thumbless: true,
    title: details.title ?? stem(name),
    ...(details.takenAt ? { takenAt: details.takenAt } : {}),
    ...(details.givenBy ? { givenBy: details.givenBy } : {}),
    personIds: details.personIds ?? [],
    entryIds: details.entryIds ?? [],
    createdAt: at,
    updatedAt: at,
  };
}

class PaperImport {
  readonly summary: PaperImportSummary = nothingImported();
  private readonly done = { sorted: 0, pdfs: 0, scans: 0 };
  private readonly bySha = new Map<string, Photo>();
  private readonly details: NonNullable<ImportOptions['details']>;
  private fatal: PaperFailure | undefined;

  constructor(
    private readonly bookId: string,
    private readonly files: readonly File[],
    meta: PaperMeta,
    private readonly opts: ImportOptions,
    private readonly deps: PaperImportDeps,
  ) {
    this.details = paperDetails(meta);
  }

  private report() {
    const { sorted, pdfs, scans } = this.done;
    this.opts.onProgress?.({ done: sorted + pdfs + scans, total: this.files.length });
  }

  /** A method, not a getter: TypeScript would keep a getter's value narrowed across awaits. */
  private stopped(): boolean {
    return this.opts.signal?.aborted === true;
  }

  private fail(name: string, reason: PaperFailure) {
    this.summary.failed.push({ name, reason });
  }

  async run(): Promise<PaperImportSummary> {
    for (const item of await this.deps.existing(this.bookId)) this.bySha.set(item.sha256, item);
    this.report();
    const pdfs: File[] = [];
    const scans: File[] = [];
    for (const file of this.files) {
      const sorted = await sortFile(file);
      if (sorted.kind === 'pdf') pdfs.push(file);
      else if (sorted.kind === 'scan') scans.push(file);
      else {
        this.fail(file.name, sorted.reason);
        this.done.sorted += 1;
      }
    }
    this.report();
    await Promise.all([this.runPdfs(pdfs), this.runScans(scans)]);
    this.summary.cancelled = this.stopped();
    return this.summary;
  }

  /** Scans through the photo import: together under the child's title, else each by its name. */
  private async runScans(scans: File[]) {
    const named = this.details.title !== undefined;
    const groups = named ? [scans] : scans.map((f) => [f]);
    const { signal } = this.opts;
    for (const group of groups) {
      const first = group[0];
      if (!first || this.stopped()) return;
      const before = this.done.scans;
      const result = await this.deps.importScans(this.bookId, group, {
        kind: 'paper',
        details: named ? this.details : { ...this.details, title: stem(first.name) },
        ...(signal ? { signal } : {}),
        onProgress: (p) => {
          this.done.scans = before + p.done;
          this.report();
        },
      });
      this.summary.added.push(...result.added);
      this.summary.duplicates.push(...result.duplicates);
      this.summary.failed.push(...result.failed);
      this.done.scans = before + group.length;
    }
  }

  private async runPdfs(pdfs: File[]) {
    for (const file of pdfs) {
      if (this.stopped()) return;
      if (this.fatal) this.fail(file.name, this.fatal);
      else await this.onePdf(file);
      this.done.pdfs += 1;
      this.report();
    }
  }

  private async onePdf(file: File) {
    const { signal } = this.opts;
    const clean = await this.deps.clean(file, signal);
    if (this.stopped()) return;
    if (!clean.ok) {
      this.fail(file.name, clean.reason);
      return;
    }
    const same = this.bySha.get(clean.sha256);
    if (same) {
      this.summary.duplicates.push(same);
      return;
    }
    const item = pdfRecord(this.bookId, file.name, clean, this.details);
    try {
      const stored = await this.deps.store(this.bookId, item, new Blob([clean.bytes]), {
        ...(this.deps.journal ? { journal: this.deps.journal } : {}),
        ...(signal ? { signal } : {}),
      });
      this.bySha.set(stored.sha256, stored);
      this.summary.added.push(stored);
    } catch (e) {
      if (this.stopped()) return;
      const reason = storageReason(e);
      this.fail(file.name, reason);
      if (reason !== 'unknown') this.fatal = reason;
    } finally {
      clean.bytes.fill(0); // no clear copy of the paper left lying in memory
    }
  }
}

/**
 * Imports papers into a book: PDFs cleaned (or refused with a reason) and stored sealed in
 * pieces, scans through the photo pipeline; all with the same title, date and giver. Never
 * rejects for a bad file or bad details: the summary names each file not stored with a reason.
 * Aborting stops at once (papers already stored stay, the one being stored is removed whole).
 */
export async function runPaperImport(
  bookId: string,
  files: readonly File[],
  meta: PaperMeta,
  opts: ImportOptions,
  deps: PaperImportDeps,
): Promise<PaperImportSummary> {
  const problem = paperMetaProblem(meta);
  if (problem) {
    return { ...nothingImported(), failed: files.map((f) => ({ name: f.name, reason: problem })) };
  }
  return new PaperImport(bookId, files, meta, opts, deps).run();
}
