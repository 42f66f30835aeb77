/**
 * One export, as the export worker runs it: choose what goes in, then stream the bag in one pass
 * over the photos: each is opened once, and the same bytes go to the zip and to the PDF's
 * scaler; the PDF is drawn from the scaled photos after the last one. Pure apart from its dependencies: the sealed photo bytes come from `readSealed` (the main
 * thread reads them from IndexedDB, the worker opens them with the book's key), so no layer
 * below the app touches storage and nothing photo-sized crosses the main thread in the clear.
 */
import { open } from '@/crypto';
import { isPicture, mediaKindOf, type Locale, type Photo } from '@/domain';
import { openItemForPack, type ItemReaders } from './export-media';
import { buildBookPdf, type PdfPhoto } from './pdf/pdf';
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
  readSealed: (photoId: string, role: 'original' | 'thumb') => Promise<SealedBytes>;
  /** Sealed piece n of an item stored in pieces (voice notes, videos, papers). */
  readSealedChunk?: (itemId: string, n: number) => Promise<SealedBytes>;
  /**
   * Scales a photo for print (a canvas in the browser); null leaves it out of the PDF. It gets
   * the opened bytes themselves, the same the zip takes: a Blob for a decoder is a copy of
   * every photo, so only a scaler that decodes makes one.
   */
  scaleForPdf: (original: Uint8Array, photo: Photo) => Promise<PdfPhoto | null>;
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

/** The book as PDF, with the same choices as the pack. */
export async function exportPdf(input: ExportJobInput, deps: ExportJobDeps): Promise<Uint8Array> {
  const { data } = selectForExport(input.data, input.choices);
  const byId = new Map(data.photos.map((p) => [p.id, p]));
  return pdfOf(data, input, deps, async (photoId) => {
    const photo = byId.get(photoId);
    // Only pictures are drawn; the PDF lists voice notes, videos and papers by their words.
    if (!photo || !isPicture(mediaKindOf(photo)) || photo.chunks !== undefined) return null;
    try {
      return await deps.scaleForPdf(await openPhoto(deps, input.key, photo), photo);
    } catch {
      deps.signal?.throwIfAborted();
      // A photo that cannot be drawn leaves a gap in the PDF; the pack still carries it.
      return null;
    }
  });
}

function pdfOf(
  data: BookData,
  input: ExportJobInput,
  deps: ExportJobDeps,
  photoForPdf: (photoId: string) => Promise<PdfPhoto | null>,
): Promise<Uint8Array> {
  return buildBookPdf(data, {
    locale: input.locale,
    fonts: input.fonts,
    ...(input.now ? { now: input.now } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
    onProgress: (done, total) => deps.onProgress?.('pdf', done, total),
    photoForPdf,
  });
}

/**
 * The whole bag as a zip stream, in one pass over the photos: each is opened once, its bytes
 * cleaned for the zip and scaled for the PDF side by side, and only the scaled copy is kept
 * (pdf-lib holds every image of the PDF until it saves anyway). The PDF is drawn after the last
 * photo, from those copies, and goes into the zip behind the photos.
 */
export function exportPack(input: ExportJobInput, deps: ExportJobDeps): Promise<PackWriter> {
  const selection = selectForExport(input.data, input.choices);
  const byId = new Map(selection.data.photos.map((p) => [p.id, p]));
  const readers = readersOf(deps);
  // Photo id → its print-sized copy; taken out as the PDF embeds it. Absent or null: a gap.
  const scaled = new Map<string, PdfPhoto | null>();
  const scale = async (opened: Uint8Array, photo: Photo): Promise<PdfPhoto | null> => {
    try {
      return await deps.scaleForPdf(opened, photo);
    } catch {
      // A photo that cannot be drawn leaves a gap in the PDF; the pack still carries it.
      return null;
    }
  };
  const writer = writePack(
    {
      selection,
      pdf: () => {
        deps.signal?.throwIfAborted();
        return pdfOf(selection.data, input, deps, (photoId) => {
          const photo = scaled.get(photoId) ?? null;
          scaled.delete(photoId);
          return Promise.resolve(photo);
        });
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
          scaled.set(photoId, await scale(opened.picture, photo));
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
  return Promise.resolve(writer);
}
