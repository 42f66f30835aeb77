/**
 * livsbog.pdf with pdf-lib: the book to read and print, fonts embedded (a subset of Atkinson
 * Hyperlegible, OFL, passed in by the caller so Node tests read the file and the browser fetches
 * /fonts/…). Photos come from the caller already scaled to print size (pdf-lib holds the whole
 * PDF in memory) as JPEG or PNG and are embedded as given, once each.
 *
 * pdf-lib and fontkit are large: import this module lazily, ideally inside a worker.
 */
import fontkit, { type Font } from '@cantoo/fontkit';
import { PDFDocument, type PDFImage, type PDFRef } from '@cantoo/pdf-lib';

import type { i18n } from 'i18next';

import { mapEntries, type Locale, type MapEntry, type NetworkSnapshot } from '@/domain';
import { outlineBook } from './outline';
import { PdfFlow } from './pdf-flow';
import { pdfStream, type StoredBytes } from './pdf-stream';
import { drawNetworkMap } from './pdf-network';
import {
  coverPage,
  entrySection,
  footer,
  mediaSection,
  meNowSection,
  peopleSection,
  photoSection,
  timelineSection,
  type PdfContext,
} from './pdf-sections';
import { mediaFileNames } from '../names';
import { docText } from '../strings/strings';
import type { BookData, DocumentLabels } from '../types';

export interface PdfPhoto {
  bytes: Uint8Array;
  mime: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

/** A print-size JPEG waiting in a PdfPhotoStore: read when the PDF's stream reaches it. */
export interface StoredPdfPhoto {
  stored: StoredBytes;
  /** The JPEG's frame header alone (`jpegFrame`): its size and colours for the layout. */
  frame: Uint8Array;
}

export interface BuildPdfOptions {
  locale: Locale;
  fonts: { regular: Uint8Array; bold: Uint8Array };
  /** A photo scaled for print, or null to leave it out of the PDF. Called once per photo. */
  photoForPdf: (photoId: string) => Promise<PdfPhoto | StoredPdfPhoto | null>;
  /** The network map page: today's map by default, a snapshot's, or `false` for none. */
  networkMap?: false | { snapshot?: NetworkSnapshot };
  labels?: DocumentLabels;
  /** The words: the app's i18next resources unless given (tests change a string here). */
  i18n?: i18n;
  now?: Date;
  signal?: AbortSignal;
  /** Photos embedded so far, of those the book uses. */
  onProgress?: (done: number, total: number) => void;
}

export async function buildBookPdf(data: BookData, options: BuildPdfOptions): Promise<Uint8Array> {
  // Bytes in one array: stored photos are read back and embedded like any other.
  const doc = await drawBook(data, options, undefined);
  return doc.save();
}

/**
 * The book as PDF, as a stream of known size for the pack: its stored photos are read only as
 * the stream reaches them (`pdf-stream.ts`), so the whole PDF is never in memory.
 */
export async function streamBookPdf(
  data: BookData,
  options: BuildPdfOptions,
): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const stored = new Map<PDFRef, StoredBytes>();
  const doc = await drawBook(data, options, stored);
  return pdfStream(doc, new Map([...stored].map(([ref, photo]) => [ref.objectNumber, photo])));
}

/** The book drawn; with `stored`, stored photos are embedded as stubs and collected there. */
async function drawBook(
  data: BookData,
  options: BuildPdfOptions,
  stored: Map<PDFRef, StoredBytes> | undefined,
): Promise<PDFDocument> {
  const now = options.now ?? new Date();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    regular: await doc.embedFont(options.fonts.regular, { subset: true }),
    bold: await doc.embedFont(options.fonts.bold, { subset: true }),
  };
  const t = docText(options.locale, data, options.labels, options.i18n);
  const outline = outlineBook(data, t);
  const nickname = data.book.cover.nickname;
  doc.setTitle(`${nickname} – ${t.s.bookTitle}`, { showInWindowTitleBar: true });
  doc.setLanguage(options.locale);
  doc.setProducer('Livsbog');
  doc.setCreator('Livsbog');
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const ctx: PdfContext = {
    flow: new PdfFlow(doc, fonts),
    t,
    outline,
    data,
    now,
    images: imageCache(doc, options, outline.photos.length, stored),
  };
  const { sections } = t.s;
  await coverPage(ctx);
  await meNowSection(ctx);
  await entrySection(ctx, sections.homes, outline.homes);
  await entrySection(ctx, sections.schools, outline.schools);
  await peopleSection(ctx);
  const map = mapPeople(data, options.networkMap);
  if (map.length) drawNetworkMap(ctx.flow, nickname, map, t, outlineFace(options.fonts.bold));
  await timelineSection(ctx);
  await photoSection(ctx);
  mediaSection(ctx, mediaFileNames(data.photos));
  await entrySection(ctx, sections.letters, outline.letters);
  await entrySection(ctx, sections.dreams, outline.dreams);
  footer(ctx);
  options.signal?.throwIfAborted();
  return doc;
}

/** The font's outlines for the network map's name halo; a collection (never shipped) has none. */
function outlineFace(bytes: Uint8Array): Font | undefined {
  const face = fontkit.create(bytes);
  return 'layout' in face ? face : undefined;
}

function imageCache(
  doc: PDFDocument,
  options: BuildPdfOptions,
  total: number,
  stored: Map<PDFRef, StoredBytes> | undefined,
) {
  const cache = new Map<string, Promise<PDFImage | null>>();
  let done = 0;
  const load = async (id: string): Promise<PDFImage | null> => {
    options.signal?.throwIfAborted();
    const photo = await options.photoForPdf(id);
    done += 1;
    options.onProgress?.(done, total);
    if (!photo) return null;
    if ('stored' in photo && stored) {
      // A stub of its size now; the bytes join the file when it is written.
      const image = await doc.embedJpg(photo.frame);
      stored.set(image.ref, photo.stored);
      return image;
    }
    try {
      const bytes = 'stored' in photo ? await photo.stored.read() : photo.bytes;
      const png = 'mime' in photo && photo.mime === 'image/png';
      return png ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
    } catch {
      // A photo pdf-lib cannot parse is left out of the PDF; the pack still has the file.
      return null;
    }
  };
  return async (ids: readonly string[]): Promise<PDFImage[]> => {
    const out: PDFImage[] = [];
    for (const id of ids) {
      let p = cache.get(id);
      if (!p) {
        p = load(id);
        cache.set(id, p);
      }
      const img = await p;
      if (img) out.push(img);
    }
    return out;
  };
}

/** The people of the map page, as the app's map shows them: today's, or a snapshot's. */
function mapPeople(data: BookData, option: BuildPdfOptions['networkMap']): MapEntry[] {
  if (option === false) return [];
  return mapEntries(data.people, option?.snapshot);
}

export { splitForDigitalPost, groupIntoMessages, type PdfPart, type PdfMessage } from './pdf-split';
