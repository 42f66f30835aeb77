/**
 * A PDF paper made safe to keep and to hand over: refused when it could run something or hides
 * files (see pdf-scan.ts), else written anew without the Info dictionary (author, software,
 * dates), the file identifier, XMP metadata, applications' private data, objects nothing in the
 * document reaches (old revisions, the removed metadata) and the EXIF inside its JPEG pictures.
 * Pages, text, pictures and links stay as they are.
 */
import { EncryptedPDFError, ParseSpeeds, PDFDocument, type PDFContext } from '@cantoo/pdf-lib';

import { isPdf, MEDIA_LIMITS } from '@/domain';

import { ImageFormatError } from '../image-errors';
import { cleanJpeg } from '../jpeg-clean';
import { PaperError } from './paper-failure';
import { findRefusedName } from './pdf-names';
import { scanPdf, type ScanResult } from './pdf-scan';

export interface CleanedPdf {
  bytes: Uint8Array<ArrayBuffer>;
  pageCount: number;
  /** The first page as shown (rotation applied), in points: the tile's shape. */
  width: number;
  height: number;
}

async function open(bytes: Uint8Array): Promise<PDFDocument> {
  try {
    // updateMetadata: false, or pdf-lib writes its own Producer and dates into the Info.
    return await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch (e) {
    if (e instanceof EncryptedPDFError) throw new PaperError('encrypted');
    throw new PaperError('corrupt');
  }
}

function pageCountOf(doc: PDFDocument): number {
  try {
    return doc.getPageCount();
  } catch {
    throw new PaperError('corrupt');
  }
}

function firstPageSize(doc: PDFDocument): { width: number; height: number } {
  const page = doc.getPage(0);
  const { width, height } = page.getSize();
  const turned = page.getRotation().angle % 180 !== 0;
  const w = Math.max(1, Math.round(turned ? height : width));
  const h = Math.max(1, Math.round(turned ? width : height));
  return { width: w, height: h };
}

/** EXIF, XMP and comments out of every JPEG picture; the compressed picture stays as it is. */
function cleanPictures(scan: ScanResult) {
  for (const stream of scan.jpegs) {
    try {
      // Print PDFs often hold CMYK pictures, which PDF readers show well (unlike browsers).
      stream.updateContents(cleanJpeg(stream.contents, 1, { keepCmyk: true }).bytes);
    } catch (e) {
      // A picture that cannot be cleaned could keep its EXIF (a place): refuse the file.
      if (e instanceof ImageFormatError) throw new PaperError('corrupt');
      throw e;
    }
  }
}

/** Everything that is not part of the document: the old Info, metadata, earlier revisions. */
function dropUnreached(context: PDFContext, scan: ScanResult) {
  let largest = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!scan.reachable.has(ref.tag)) context.delete(ref);
    else largest = Math.max(largest, ref.objectNumber);
  }
  // The trailer's /Size: one more than the highest object number still in the file.
  context.largestObjectNumber = largest;
  context.trailerInfo.Info = undefined;
  // The file identifier is a fingerprint that ties copies of a file together.
  context.trailerInfo.ID = undefined;
}

async function write(doc: PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  const out = await doc.save({
    // Plain objects only, so the second net below sees every dictionary.
    useObjectStreams: false,
    addDefaultPage: false,
    // Otherwise pdf-lib adds an empty form to every PDF and redraws the fields of one that has.
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  });
  return new Uint8Array(out);
}

/** The written file, read again from its bytes: refused names, and the same pages. */
async function recheck(bytes: Uint8Array, pageCount: number) {
  const refused = findRefusedName(bytes);
  if (refused) throw new PaperError(refused);
  const again = await open(bytes);
  scanPdf(again.context);
  if (pageCountOf(again) !== pageCount) throw new PaperError('corrupt');
}

/**
 * Cleans one PDF (see the file's comment) and returns the new bytes, or throws `PaperError` with
 * the reason to show. Runs in a worker: pdf-lib holds the whole file in memory (at most
 * MEDIA_LIMITS.paperBytes) and blocks its thread while it parses.
 */
export async function cleanPdf(input: Uint8Array): Promise<CleanedPdf> {
  if (input.length === 0) throw new PaperError('empty');
  if (input.length > MEDIA_LIMITS.paperBytes) throw new PaperError('too-large');
  if (!isPdf(input)) throw new PaperError('not-a-paper');
  const doc = await open(input);
  const pageCount = pageCountOf(doc);
  if (pageCount === 0) throw new PaperError('no-pages');
  if (pageCount > MEDIA_LIMITS.paperPages) throw new PaperError('too-many-pages');
  const scan = scanPdf(doc.context);
  cleanPictures(scan);
  dropUnreached(doc.context, scan);
  const size = firstPageSize(doc);
  const bytes = await write(doc);
  await recheck(bytes, pageCount);
  return { bytes, pageCount, ...size };
}
