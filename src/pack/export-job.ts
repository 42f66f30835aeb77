/**
 * One export, as the export worker runs it: choose what goes in, then stream the bag in one pass
 * over the photos: each is opened once for the zip. The PDF draws each photo's print copy,
 * stored beside it since its import (issue 16), read again only when the PDF's stream reaches
 * it; a photo stored before print copies existed is scaled from the same opened bytes as the
 * zip's. The PDF is drawn after the last photo. Pure apart from its dependencies: the sealed photo bytes come from `readSealed` (the main
 * thread reads them from IndexedDB, the worker opens them with the book's key), so no layer
 * below the app touches storage and nothing photo-sized crosses the main thread in the clear.
 */
import { open } from '@/crypto';
import { isPicture, mediaKindOf, type Locale, type Photo } from '@/domain';
import { openItemForPack, type ItemReaders } from './export-media';
import {
  buildBookPdf,
  streamBookPdf,
  type BuildPdfOptions,
  type PdfPhoto,
  type StoredPdfPhoto,
} from './pdf/pdf';
import { jpegFrame, memoryPhotoStore, type PdfPhotoStore } from './pdf/pdf-stream';
import { selectForExport } from './select';
import type { BookData, ExportChoices } from './types';
import { writePack, type PackWriter } from './write-pack';

export interface SealedBytes {
  iv: Uint8Array;
  ct: Blob;
  /** The additional data the bytes were sealed with (bound to book, photo and role). */
  aad: string;
}

export type ExportPhase = 'pdf' | 'pack';

export interface ExportJobInput {
  data: BookData;
  choices: ExportChoices;
  key: CryptoKey;
  locale: Locale;
  appVersion: string;
  fonts: { regular: Uint8Array; bold: Uint8Array };
  now?: Date;
}

export interface ExportJobDeps {
  /** A photo's sealed bytes; rejects when it has none in that role (an old photo's `print`). */
  readSealed: (photoId: string, role: 'original' | 'thumb' | 'print') => Promise<SealedBytes>;
  /** Sealed piece n of an item stored in pieces (voice notes, videos, papers). */
  readSealedChunk?: (itemId: string, n: number) => Promise<SealedBytes>;
  /**
   * Scales a photo for print (a canvas in the browser), for a photo with no stored print copy
   * (stored before issue 16, or no larger than print size); null leaves it out of the PDF. It gets
   * the opened bytes themselves, the same the zip takes: a Blob for a decoder is a copy of
   * every photo, so only a scaler that decodes makes one.
   */
  scaleForPdf: (original: Uint8Array, photo: Photo) => Promise<PdfPhoto | null>;
  /**
   * Where the pack's print-size photos wait for the PDF, out of memory (the export worker's is
   * a sealed file in the origin's private file system); in memory when not given. Closed when
   * the export ends, however it ends.
   */
  pdfPhotoStore?: () => Promise<PdfPhotoStore>;
  signal?: AbortSignal;
  onProgress?: (phase: ExportPhase, done: number, total: number) => void;
}

export async function openPhoto(
  deps: Pick<ExportJobDeps, 'readSealed'>,
  key: CryptoKey,
  photo: Photo,
): Promise<Uint8Array> {
  const sealed = await deps.readSealed(photo.id, 'original');
  const ct = await sealed.ct.arrayBuffer();
  return open(key, { iv: sealed.iv, ct }, sealed.aad);
}

function readersOf(deps: ExportJobDeps): ItemReaders {
  return {
    readOriginal: (id) => deps.readSealed(id, 'original'),
    readChunk: (id, n) =>
      deps.readSealedChunk
        ? deps.readSealedChunk(id, n)
        : Promise.reject(new Error('no reader for pieces')),
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
}

/**
 * A photo's stored print copy, opened, with the frame header the PDF's layout needs; undefined
 * when it has none (stored before issue 16, or small) or it does not open: it is scaled then.
 */
async function openPrintCopy(
  deps: Pick<ExportJobDeps, 'readSealed' | 'signal'>,
  key: CryptoKey,
  photoId: string,
): Promise<{ bytes: Uint8Array; frame: Uint8Array } | undefined> {
  try {
    const sealed = await deps.readSealed(photoId, 'print');
    const bytes = await open(key, { iv: sealed.iv, ct: await sealed.ct.arrayBuffer() }, sealed.aad);
    const frame = jpegFrame(bytes);
    return frame ? { bytes, frame } : undefined;
  } catch {
    deps.signal?.throwIfAborted();
    return undefined;
  }
}

/** The book as PDF, with the same choices as the pack. */
export async function exportPdf(input: ExportJobInput, deps: ExportJobDeps): Promise<Uint8Array> {
  const { data } = selectForExport(input.data, input.choices);
  const byId = new Map(data.photos.map((p) => [p.id, p]));
  return buildBookPdf(
    data,
    pdfOptions(input, deps, async (photoId) => {
      const photo = byId.get(photoId);
      // Only pictures are drawn; the PDF lists voice notes, videos and papers by their words.
      if (!photo || !isPicture(mediaKindOf(photo)) || photo.chunks !== undefined) return null;
      const print = await openPrintCopy(deps, input.key, photo.id);
      if (print) {
        const { bytes, frame } = print;
        return { stored: { size: bytes.byteLength, read: () => Promise.resolve(bytes) }, frame };
      }
      try {
        return await deps.scaleForPdf(await openPhoto(deps, input.key, photo), photo);
      } catch {
        deps.signal?.throwIfAborted();
        // A photo that cannot be drawn leaves a gap in the PDF; the pack still carries it.
        return null;
      }
    }),
  );
}

function pdfOptions(
  input: ExportJobInput,
  deps: ExportJobDeps,
  photoForPdf: BuildPdfOptions['photoForPdf'],
): BuildPdfOptions {
  return {
    locale: input.locale,
    fonts: input.fonts,
    ...(input.now ? { now: input.now } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
    onProgress: (done, total) => deps.onProgress?.('pdf', done, total),
    photoForPdf,
  };
}

/**
 * A stored print copy as the PDF takes it: its frame header now, its bytes read and opened
 * again from the book when the PDF's stream reaches them, so none waits in memory or in the
 * temporary file (issue 16).
 */
async function storedPrintCopy(
  deps: ExportJobDeps,
  key: CryptoKey,
  photoId: string,
): Promise<StoredPdfPhoto | undefined> {
  const print = await openPrintCopy(deps, key, photoId);
  if (!print) return undefined;
  // Only the size and the frame outlive this call: `read` must not hold `print`, or every
  // opened copy would wait in memory until the PDF is drawn (+200 MB at 3 GB in the bench).
  const { frame } = print;
  const size = print.bytes.byteLength;
  const read = async (): Promise<Uint8Array> => {
    const again = await openPrintCopy(deps, key, photoId);
    // The layout counted on these bytes: anything else would break the PDF's offsets.
    if (again?.bytes.byteLength !== size) throw new Error('print copy changed');
    return again.bytes;
  };
  return { stored: { size, read }, frame };
}

/**
 * The store for scaled copies, made on the first one: a book whose photos all have print
 * copies never opens a temporary file.
 */
function storeOnFirstPut(make: (() => Promise<PdfPhotoStore>) | undefined): PdfPhotoStore {
  let store: Promise<PdfPhotoStore> | undefined;
  return {
    put: async (bytes) =>
      (await (store ??= make ? make() : Promise.resolve(memoryPhotoStore()))).put(bytes),
    close: async () => {
      if (store) await (await store).close();
    },
  };
}

/**
 * Print copies as the PDF will take them: the stored one where the photo has it, otherwise
 * scaled from the opened bytes, the JPEG waiting in the store, out of memory.
 */
function printCopies(deps: ExportJobDeps, key: CryptoKey, store: PdfPhotoStore) {
  const copies = new Map<string, PdfPhoto | StoredPdfPhoto | null>();
  const add = async (opened: Uint8Array, photo: Photo): Promise<void> => {
    const stored = await storedPrintCopy(deps, key, photo.id);
    if (stored) {
      copies.set(photo.id, stored);
      return;
    }
    let scaled: PdfPhoto | null;
    try {
      scaled = await deps.scaleForPdf(opened, photo);
    } catch {
      // A photo that cannot be drawn leaves a gap in the PDF; the pack still carries it.
      scaled = null;
    }
    const frame = scaled?.mime === 'image/jpeg' ? jpegFrame(scaled.bytes) : undefined;
    if (!scaled || !frame) {
      copies.set(photo.id, scaled);
      return;
    }
    try {
      copies.set(photo.id, { stored: await store.put(scaled.bytes), frame });
    } catch {
      // A store that cannot take it (a full disk) costs memory, never the photo or the zip.
      copies.set(photo.id, scaled);
    }
  };
  /** Each copy is handed to the PDF once, and forgotten here. */
  const take = (photoId: string): Promise<PdfPhoto | StoredPdfPhoto | null> => {
    const copy = copies.get(photoId) ?? null;
    copies.delete(photoId);
    return Promise.resolve(copy);
  };
  return { add, take };
}

/**
 * The whole bag as a zip stream, in one pass over the photos: each is opened once, its bytes
 * cleaned for the zip; the PDF takes its stored print copy, or (an old photo) a copy scaled
 * from the same bytes and kept in the PDF photo store. The PDF is drawn after the last photo and streamed into the zip
 * behind the photos, each scaled copy read back from the store as the stream reaches it.
 */
export function exportPack(input: ExportJobInput, deps: ExportJobDeps): Promise<PackWriter> {
  const selection = selectForExport(input.data, input.choices);
  const byId = new Map(selection.data.photos.map((p) => [p.id, p]));
  const readers = readersOf(deps);
  const store = storeOnFirstPut(deps.pdfPhotoStore);
  const copies = printCopies(deps, input.key, store);
  const writer = writePack(
    {
      selection,
      pdf: () => {
        deps.signal?.throwIfAborted();
        return streamBookPdf(selection.data, pdfOptions(input, deps, copies.take));
      },
      // The item as the pack carries it: opened, then cleaned again by its importer's own
      // cleaner (defence in depth: whatever reached storage, the pack gets no metadata this
      // export has not removed itself; export-media.ts). Clean bytes come back unchanged; an
      // item the cleaner refuses is not written (the report names it with the reason).
      readPhoto: async (photoId) => {
        const photo = byId.get(photoId);
        if (!photo) throw new Error('unknown photo');
        const opened = await openItemForPack(input.key, readers, photo);
        if (opened.picture && isPicture(mediaKindOf(photo))) {
          await copies.add(opened.picture, photo);
        }
        return opened.data;
      },
    },
    {
      appVersion: input.appVersion,
      locale: input.locale,
      ...(input.now ? { now: input.now } : {}),
      ...(deps.signal ? { signal: deps.signal } : {}),
      onProgress: (done, total) => deps.onProgress?.('pack', done, total),
    },
  );
  // The store's file goes whether the zip was written, failed or was cancelled.
  void writer.done.then(
    () => store.close(),
    () => store.close(),
  );
  return Promise.resolve(writer);
}
