/**
 * "PDF for Digital Post": the book's PDF in numbered parts small enough to send, grouped into
 * messages. By the Danish order on file sizes in Digital Post, a public sender may send a
 * citizen up to 99.5 MB in at most 10 files, and a citizen may send at most 10 MB; parts of at
 * most 9.5 MB fit both. Sizes are decimal megabytes, the smaller reading of "MB".
 */
import { PDFDocument } from '@cantoo/pdf-lib';

export const DIGITAL_POST = {
  maxPartBytes: 9_500_000,
  maxMessageBytes: 99_500_000,
  maxPartsPerMessage: 10,
} as const;

export interface PdfPart {
  /** 1-based. */
  index: number;
  count: number;
  bytes: Uint8Array;
  /** 1-based page numbers of the original PDF. */
  firstPage: number;
  lastPage: number;
  /** One page that alone is larger than the limit: sent alone, and the UI should say so. */
  oversize: boolean;
}

export interface PdfMessage {
  /** 1-based. */
  index: number;
  parts: PdfPart[];
  bytes: number;
  /** Holds a part larger than a message may be. */
  oversize: boolean;
}

async function pagesAsPdf(
  src: PDFDocument,
  from: number,
  to: number,
  title: string,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const indices = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  for (const page of await doc.copyPages(src, indices)) doc.addPage(page);
  if (title) doc.setTitle(title);
  return doc.save();
}

/**
 * Parts of at most `maxPartBytes`, in page order. Each page's own weight (its size alone minus
 * what every page shares, such as the fonts) guides where to cut; every part is then saved and
 * measured, and shortened if it came out too big.
 */
export async function splitForDigitalPost(
  pdfBytes: Uint8Array,
  maxPartBytes: number = DIGITAL_POST.maxPartBytes,
): Promise<PdfPart[]> {
  const src = await PDFDocument.load(pdfBytes);
  const n = src.getPageCount();
  if (pdfBytes.byteLength <= maxPartBytes || n === 0) {
    return [
      {
        index: 1,
        count: 1,
        bytes: pdfBytes,
        firstPage: 1,
        lastPage: n,
        oversize: pdfBytes.byteLength > maxPartBytes,
      },
    ];
  }
  const title = src.getTitle() ?? '';
  const single: number[] = [];
  for (let i = 0; i < n; i += 1) single.push((await pagesAsPdf(src, i, i, '')).byteLength);
  const shared = Math.min(...single);

  const ranges: { from: number; to: number; bytes: Uint8Array }[] = [];
  let from = 0;
  while (from < n) {
    let to = from;
    let estimate = single[from] ?? 0;
    while (to + 1 < n && estimate + (single[to + 1] ?? 0) - shared <= maxPartBytes) {
      to += 1;
      estimate += (single[to] ?? 0) - shared;
    }
    let bytes = await pagesAsPdf(src, from, to, title);
    while (bytes.byteLength > maxPartBytes && to > from) {
      to -= 1;
      bytes = await pagesAsPdf(src, from, to, title);
    }
    ranges.push({ from, to, bytes });
    from = to + 1;
  }
  return ranges.map((r, i) => ({
    index: i + 1,
    count: ranges.length,
    bytes: r.bytes,
    firstPage: r.from + 1,
    lastPage: r.to + 1,
    oversize: r.bytes.byteLength > maxPartBytes,
  }));
}

/** Parts in order, as few messages as the limits allow. */
export function groupIntoMessages(
  parts: readonly PdfPart[],
  limits: { maxParts?: number; maxBytes?: number } = {},
): PdfMessage[] {
  const maxParts = limits.maxParts ?? DIGITAL_POST.maxPartsPerMessage;
  const maxBytes = limits.maxBytes ?? DIGITAL_POST.maxMessageBytes;
  const messages: PdfMessage[] = [];
  for (const part of parts) {
    const size = part.bytes.byteLength;
    const last = messages.at(-1);
    if (last && last.parts.length < maxParts && last.bytes + size <= maxBytes) {
      last.parts.push(part);
      last.bytes += size;
    } else {
      messages.push({
        index: messages.length + 1,
        parts: [part],
        bytes: size,
        oversize: size > maxBytes,
      });
    }
  }
  return messages;
}
