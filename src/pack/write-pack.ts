/**
 * Writes the moving pack as a zip stream (client-zip: stored, Zip64 when needed, bounded
 * memory). Files are produced as the consumer pulls: a small read-ahead (READ_AHEAD photos, at
 * most READ_AHEAD_BYTES) reads and hashes the next photos while the zip takes the current one,
 * so reading, opening, hashing and zipping overlap, and memory holds a few photos whatever the
 * size of the book. Tag files come last, when every payload hash is known.
 *
 * Order inside `data/`: media/…, livsbog.pdf, then LAES-MIG.txt, index.html, livsbog.json and
 * livsbog.schema.json. The PDF comes after the photos so that an export opens each photo once,
 * for the zip and the PDF's scaler together (export-job.ts), and draws the PDF from what that
 * one pass kept. The documents come after the photos on purpose: a photo that cannot be
 * read is left out and one whose bytes differ from its record is described as it really is,
 * and the documents are rendered from that final state, so the pack always imports again.
 */
import { makeZip } from 'client-zip';

import { sha256Hex } from '@/crypto';
import { utf8Encode } from '@/crypto';
import type { Locale, Photo } from '@/domain';
import { BAGIT_TXT, bagInfoText, manifestText, type BagFile } from './bag/bagit';
import { buildPackJson, serializePackJson } from './schema/pack-json';
import { renderIndexHtml } from './html/html';
import { renderLaesMig } from './html/laes-mig';
import { PAYLOAD, TAG_FILES } from './limits';
import { packRootName, mediaFileNames } from './names';
import { checkReferences } from './references';
import { hashingStream } from './stream-hash';
import { checkPackSchema, packJsonSchema } from './schema/schema';
import { withoutPhotos } from './select';
import type { BookData, DocumentLabels, ExportSelection, LeftOut } from './types';

export interface PackSource {
  /** What to export, from `selectForExport`. */
  selection: ExportSelection;
  /**
   * The photo's stored bytes (metadata-free original); called once per photo, a few photos
   * ahead of the zip.
   */
  readPhoto: (photoId: string) => Promise<Blob | Uint8Array | StreamedItem>;
  /**
   * The book as PDF (`buildBookPdf`), if one is made; a function is called once, after every
   * photo has been read, so the PDF can be drawn from what reading them kept. It may give the
   * PDF as a stream (`streamBookPdf`), which goes through the zip as a big item does.
   */
  pdf?: Blob | Uint8Array | (() => Promise<Uint8Array | StreamedItem>);
}

/**
 * A big item (a video) that goes into the zip as it is read, piece by piece, never whole in
 * memory: hashed on its way (the manifest line is written when the zip has taken every byte).
 */
export interface StreamedItem {
  stream: ReadableStream<Uint8Array>;
  /** Bytes the stream will give. */
  size: number;
}

function isStreamed(v: Blob | Uint8Array | StreamedItem): v is StreamedItem {
  return !(v instanceof Blob) && !(v instanceof Uint8Array);
}

/** Photos read ahead of the zip: enough to keep reading and zipping busy at the same time. */
export const READ_AHEAD = 3;
/** …but never more than this many bytes of photos waiting (one larger photo is always allowed). */
export const READ_AHEAD_BYTES = 48 * 1024 * 1024;

export interface WritePackOptions {
  appVersion: string;
  /** The export time; defaults to now. */
  now?: Date;
  /** Language of index.html; defaults to the book's. LAES-MIG.txt is always in both. */
  locale?: Locale;
  labels?: DocumentLabels;
  signal?: AbortSignal;
  /** Payload bytes handed to the zip so far, of the expected total. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
}

export interface PackReport {
  /** `livsbog-<nickname>-<yyyy-mm-dd>.zip` */
  fileName: string;
  /** The bag's folder inside the zip. */
  rootName: string;
  zipBytes: number;
  payloadFiles: number;
  payloadBytes: number;
  photosWritten: number;
  /** Items whose bytes could not be read or cleaned: left out, with every reference to them. */
  unreadablePhotos: string[];
  /** Of those, the ones their cleaner refused, with its reason (`cannot-clean`, `javascript`). */
  refusedItems: { id: string; reason: string }[];
  /** Photos whose bytes differ from the record's sha256/byteLength: written as they are. */
  changedPhotos: string[];
  leftOut: LeftOut;
}

export interface PackWriter {
  stream: ReadableStream<Uint8Array>;
  /** The zip's file name, as `fileName` in the report. */
  name: string;
  /** Resolves after the last byte has passed through `stream`; rejects on error or abort. */
  done: Promise<PackReport>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface ZipInput {
  name: string;
  input: Uint8Array | ReadableStream<Uint8Array>;
  lastModified: Date;
}

export function writePack(source: PackSource, options: WritePackOptions): PackWriter {
  const now = options.now ?? new Date();
  const { data } = source.selection;
  const rootName = packRootName(data.book.cover.nickname, now);
  const fileName = `${rootName}.zip`;
  const done = deferred<PackReport>();
  // The caller may only watch the stream; an unobserved rejection must not be reported twice.
  done.promise.catch(() => undefined);

  const report: PackReport = {
    fileName,
    rootName,
    zipBytes: 0,
    payloadFiles: 0,
    payloadBytes: 0,
    photosWritten: 0,
    unreadablePhotos: [],
    refusedItems: [],
    changedPhotos: [],
    leftOut: source.selection.leftOut,
  };

  async function* files(): AsyncGenerator<ZipInput> {
    try {
      yield* payloadAndTags(source, options, now, rootName, report);
    } catch (e) {
      done.reject(e);
      throw e;
    }
  }

  const zip = makeZip(files(), { buffersAreUTF8: true }).getReader();
  // Pull-through with no buffer of its own: the zip advances only as fast as the consumer reads.
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await zip.read();
          if (next.done) {
            controller.close();
            done.resolve(report);
            return;
          }
          report.zipBytes += next.value.byteLength;
          controller.enqueue(next.value);
        } catch (e) {
          done.reject(e);
          controller.error(e);
        }
      },
      async cancel(reason) {
        done.reject(reason ?? new DOMException('The pack was cancelled', 'AbortError'));
        // Cancelling throws into the file generator, which rethrows: that is the expected end.
        await zip.cancel(reason).catch(() => undefined);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, name: fileName, done: done.promise };
}

/**
 * The payload as the zip takes it: each file's manifest line, and progress over the bytes
 * expected (`total` moves as the real sizes become known).
 */
class PayloadLedger {
  readonly files: BagFile[] = [];
  private doneBytes = 0;

  constructor(
    public total: number,
    private readonly rootName: string,
    private readonly now: Date,
    private readonly options: WritePackOptions,
  ) {}

  private progress(extra = 0): void {
    const done = this.doneBytes + extra;
    this.options.onProgress?.(done, Math.max(this.total, done));
  }

  /** Records a file held in memory in the manifest and reports progress as the zip takes it. */
  async hand(
    path: string,
    bytes: Uint8Array,
    known?: string,
  ): Promise<ZipInput & { sha256: string }> {
    this.options.signal?.throwIfAborted();
    const sha256 = known ?? (await sha256Hex(bytes));
    this.files.push({ path: `data/${path}`, bytes: bytes.byteLength, sha256 });
    this.doneBytes += bytes.byteLength;
    this.progress();
    return { name: `${this.rootName}/data/${path}`, input: bytes, lastModified: this.now, sha256 };
  }

  /** A big item streamed through the zip, hashed on its way; its manifest line is filled last. */
  async *stream(
    path: string,
    streamed: StreamedItem,
  ): AsyncGenerator<ZipInput, { sha256: string; size: number }> {
    const line: BagFile = { path: `data/${path}`, bytes: streamed.size, sha256: '' };
    this.files.push(line);
    const hashed = hashingStream(streamed.stream, (n) => {
      this.progress(n);
    });
    yield { name: `${this.rootName}/data/${path}`, input: hashed.stream, lastModified: this.now };
    // client-zip asks for the next file only after it took every byte of this one.
    const sha256 = await hashed.digest;
    const size = hashed.bytes();
    if (size !== streamed.size) throw new Error(`${path}: length`);
    line.sha256 = sha256;
    this.doneBytes += size;
    return { sha256, size };
  }
}

/**
 * Every photo and item of the selection into the zip, in name order; an unreadable one is left
 * out and reported. Returns the records as written (their real hash and size).
 */
async function* mediaFiles(
  source: PackSource,
  ledger: PayloadLedger,
  mediaNames: ReadonlyMap<string, string>,
  report: PackReport,
  signal: AbortSignal | undefined,
): AsyncGenerator<ZipInput, Map<string, Photo>> {
  const photos = [...source.selection.data.photos].sort(byName(mediaNames));
  const written = new Map<string, Photo>();
  for await (const { photo, read } of readAhead(source, photos)) {
    signal?.throwIfAborted();
    if ('failed' in read) {
      report.unreadablePhotos.push(photo.id);
      if (read.reason !== undefined)
        report.refusedItems.push({ id: photo.id, reason: read.reason });
      ledger.total -= photo.byteLength;
      continue;
    }
    const path = mediaNames.get(photo.id) ?? '';
    let sha256: string;
    let size: number;
    if ('streamed' in read) {
      ledger.total += read.streamed.size - photo.byteLength;
      ({ sha256, size } = yield* ledger.stream(path, read.streamed));
    } else {
      const { bytes } = read;
      ledger.total += bytes.byteLength - photo.byteLength;
      const file = await ledger.hand(path, bytes, read.sha256);
      sha256 = file.sha256;
      size = bytes.byteLength;
      yield file;
    }
    if (sha256 !== photo.sha256 || size !== photo.byteLength) {
      report.changedPhotos.push(photo.id);
    }
    written.set(photo.id, { ...photo, sha256, byteLength: size });
    report.photosWritten += 1;
  }
  return written;
}

function pdfSizeOf(pdf: PackSource['pdf']): number {
  return pdf instanceof Blob ? pdf.size : pdf instanceof Uint8Array ? pdf.byteLength : 0;
}

async function* payloadAndTags(
  source: PackSource,
  options: WritePackOptions,
  now: Date,
  rootName: string,
  report: PackReport,
): AsyncGenerator<ZipInput> {
  const selection = source.selection;
  const mediaNames = mediaFileNames(selection.data.photos);
  // Fail before streaming gigabytes if this build would write a pack it cannot read back.
  const hasPdf = source.pdf !== undefined;
  const first = renderDocuments(selection, mediaNames, hasPdf, options, now);
  const pdfSize = pdfSizeOf(source.pdf);
  const mediaBytes = selection.data.photos.reduce((sum, p) => sum + p.byteLength, 0);
  const ledger = new PayloadLedger(mediaBytes + pdfSize + first.bytes, rootName, now, options);

  const written = yield* mediaFiles(source, ledger, mediaNames, report, options.signal);

  // Read here and not kept: the generator must not hold the whole PDF for the whole export.
  if (source.pdf) {
    const pdf = typeof source.pdf === 'function' ? await source.pdf() : await bytesOf(source.pdf);
    if (pdf instanceof Uint8Array) {
      ledger.total += pdfSize === 0 ? pdf.byteLength : 0;
      yield await ledger.hand(PAYLOAD.pdf, pdf);
    } else {
      ledger.total += pdf.size;
      yield* ledger.stream(PAYLOAD.pdf, pdf);
    }
  }

  const final =
    report.unreadablePhotos.length || report.changedPhotos.length
      ? renderDocuments(
          {
            ...selection,
            data: actualPhotos(
              withoutPhotos(selection.data, new Set(report.unreadablePhotos)),
              written,
            ),
          },
          mediaNames,
          hasPdf,
          options,
          now,
        )
      : first;
  for (const [path, text] of final.texts) yield await ledger.hand(path, utf8Encode(text));

  report.payloadFiles = ledger.files.length;
  report.payloadBytes = ledger.files.reduce((sum, f) => sum + f.bytes, 0);
  yield* tagFiles(ledger.files, options, now, rootName, selection.leftOut);
}

async function bytesOf(data: Blob | Uint8Array): Promise<Uint8Array> {
  return data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
}

function byName(names: ReadonlyMap<string, string>) {
  return (a: Photo, b: Photo) => ((names.get(a.id) ?? '') < (names.get(b.id) ?? '') ? -1 : 1);
}

type ReadPhoto =
  | { bytes: Uint8Array; sha256: string }
  | { streamed: StreamedItem }
  /** Unreadable, or refused by its cleaner (then with the cleaner's reason). */
  | { failed: true; reason?: string };

async function readBytes(source: PackSource, photoId: string): Promise<ReadPhoto> {
  let bytes: Uint8Array;
  try {
    const read = await source.readPhoto(photoId);
    if (isStreamed(read)) return { streamed: read };
    bytes = await bytesOf(read);
  } catch (e) {
    // Damage is local: one photo that cannot be opened must not cost the young person the rest.
    const reason = e instanceof Error && 'reason' in e ? e.reason : undefined;
    return { failed: true, ...(typeof reason === 'string' ? { reason } : {}) };
  }
  return { bytes, sha256: await sha256Hex(bytes) };
}

/**
 * The photos in order, each read and hashed up to READ_AHEAD photos (and READ_AHEAD_BYTES by
 * their records) before the zip asks for it: the next photo's reading and hashing run while the
 * zip checksums and writes this one. Stops reading ahead when the loop that consumes it ends.
 */
async function* readAhead(
  source: PackSource,
  photos: readonly Photo[],
): AsyncGenerator<{ photo: Photo; read: ReadPhoto }> {
  const queue: { photo: Photo; read: Promise<ReadPhoto> }[] = [];
  let next = 0;
  let queuedBytes = 0;
  const fill = () => {
    while (next < photos.length && queue.length < READ_AHEAD) {
      const photo = photos[next];
      if (!photo || (queue.length > 0 && queuedBytes + photo.byteLength > READ_AHEAD_BYTES)) break;
      queue.push({ photo, read: readBytes(source, photo.id) });
      queuedBytes += photo.byteLength;
      next += 1;
    }
  };
  fill();
  for (let item = queue.shift(); item; item = queue.shift()) {
    const read = await item.read;
    queuedBytes -= item.photo.byteLength;
    fill();
    yield { photo: item.photo, read };
  }
}

function actualPhotos(data: BookData, written: ReadonlyMap<string, Photo>): BookData {
  return { ...data, photos: data.photos.map((p) => written.get(p.id) ?? p) };
}

interface Documents {
  texts: [path: string, text: string][];
  bytes: number;
}

function renderDocuments(
  selection: ExportSelection,
  mediaNames: ReadonlyMap<string, string>,
  hasPdf: boolean,
  options: WritePackOptions,
  now: Date,
): Documents {
  const { data, leftOut } = selection;
  const json = buildPackJson(selection, {
    exportedAt: now,
    appVersion: options.appVersion,
    mediaNames,
  });
  checkPackSchema(json);
  checkReferences(json);
  const texts: [string, string][] = [
    [
      PAYLOAD.readMe,
      renderLaesMig({
        nickname: data.book.cover.nickname,
        exportedAt: now,
        hasPdf,
        photoCount: data.photos.length,
        leftOut,
        appVersion: options.appVersion,
      }),
    ],
    [
      PAYLOAD.html,
      renderIndexHtml(data, options.locale ?? data.book.cover.locale, mediaNames, {
        exportedAt: now,
        appVersion: options.appVersion,
        ...(options.labels ? { labels: options.labels } : {}),
      }),
    ],
    [PAYLOAD.json, serializePackJson(json)],
    [PAYLOAD.schema, `${JSON.stringify(packJsonSchema(), null, 2)}\n`],
  ];
  return { texts, bytes: texts.reduce((sum, [, t]) => sum + utf8Encode(t).byteLength, 0) };
}

async function* tagFiles(
  payload: readonly BagFile[],
  options: WritePackOptions,
  now: Date,
  rootName: string,
  leftOut: LeftOut,
): AsyncGenerator<ZipInput> {
  const tags: [string, string][] = [
    [TAG_FILES.bagit, BAGIT_TXT],
    [
      TAG_FILES.bagInfo,
      bagInfoText({ baggingDate: now, payload, appVersion: options.appVersion, leftOut }),
    ],
    [TAG_FILES.manifest, manifestText(payload)],
  ];
  const tagged: BagFile[] = [];
  for (const [path, text] of tags) {
    const bytes = utf8Encode(text);
    tagged.push({ path, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) });
    yield { name: `${rootName}/${path}`, input: bytes, lastModified: now };
  }
  yield {
    name: `${rootName}/${TAG_FILES.tagManifest}`,
    input: utf8Encode(manifestText(tagged)),
    lastModified: now,
  };
}
