/**
 * One export, as the export worker runs it: choose what goes in, draw the PDF, then stream the
 * bag. Pure apart from its dependencies: the sealed photo bytes come from `readSealed` (the main
 * thread reads them from IndexedDB, the worker opens them with the book's key), so no layer
 * below the app touches storage and nothing photo-sized crosses the main thread in the clear.
 */
import { openToBlob } from '@/crypto';
import type { Locale, Photo } from '@/domain';
import { cleanStoredPhoto } from '@/media';
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
  /** Scales a photo for print (a canvas in the browser); null leaves it out of the PDF. */
  scaleForPdf: (original: Blob, photo: Photo) => Promise<PdfPhoto | null>;
  signal?: AbortSignal;
  onProgress?: (phase: ExportPhase, done: number, total: number) => void;
}

export async function openPhoto(
  deps: Pick<ExportJobDeps, 'readSealed'>,
  key: CryptoKey,
  photo: Photo,
): Promise<Blob> {
  const sealed = await deps.readSealed(photo.id, 'original');
  const ct = await sealed.ct.arrayBuffer();
  return openToBlob(key, { iv: sealed.iv, ct }, sealed.aad, photo.mime);
}

/**
 * A photo as the pack carries it: opened, then cleaned again by the photo importer's own
 * cleaner (defence in depth: whatever reached storage, the pack gets no metadata this export
 * has not removed itself). Clean bytes come back unchanged; a photo the cleaner refuses is not
 * written (the report counts it as unreadable).
 */
export async function cleanPhotoForPack(
  deps: Pick<ExportJobDeps, 'readSealed'>,
  key: CryptoKey,
  photo: Photo,
): Promise<Blob> {
  const opened = new Uint8Array(await (await openPhoto(deps, key, photo)).arrayBuffer());
  const clean = await cleanStoredPhoto(opened);
  return new Blob([clean.bytes], { type: clean.mime });
}

/** The book as PDF, with the same choices as the pack. */
export async function exportPdf(input: ExportJobInput, deps: ExportJobDeps): Promise<Uint8Array> {
  const { data } = selectForExport(input.data, input.choices);
  return pdfOf(data, input, deps);
}

function pdfOf(data: BookData, input: ExportJobInput, deps: ExportJobDeps): Promise<Uint8Array> {
  const byId = new Map(data.photos.map((p) => [p.id, p]));
  return buildBookPdf(data, {
    locale: input.locale,
    fonts: input.fonts,
    ...(input.now ? { now: input.now } : {}),
    ...(deps.signal ? { signal: deps.signal } : {}),
    onProgress: (done, total) => deps.onProgress?.('pdf', done, total),
    photoForPdf: async (photoId) => {
      const photo = byId.get(photoId);
      if (!photo) return null;
      try {
        return await deps.scaleForPdf(await openPhoto(deps, input.key, photo), photo);
      } catch {
        deps.signal?.throwIfAborted();
        // A photo that cannot be drawn leaves a gap in the PDF; the pack still carries it.
        return null;
      }
    },
  });
}

/** The whole bag as a zip stream; the PDF is drawn first (pdf-lib needs it whole). */
export async function exportPack(input: ExportJobInput, deps: ExportJobDeps): Promise<PackWriter> {
  const selection = selectForExport(input.data, input.choices);
  const pdf = await pdfOf(selection.data, input, deps);
  deps.signal?.throwIfAborted();
  const byId = new Map(selection.data.photos.map((p) => [p.id, p]));
  return writePack(
    {
      selection,
      pdf,
      readPhoto: async (photoId) => {
        const photo = byId.get(photoId);
        if (!photo) throw new Error('unknown photo');
        return cleanPhotoForPack(deps, input.key, photo);
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
}
