/*
 * Test-only (kept out of the app build like the other *-fixtures): the text a PDF made by
 * pdf-lib shows, read back. pdf-lib embeds fonts as subsets and writes text as glyph ids
 * (`<00120034> Tj`), so the words are not in the file as letters; each font's ToUnicode map
 * (which pdf-lib writes as `bfchar` pairs) turns the ids back into text, as a PDF reader's
 * "copy text" does.
 */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';

export interface PdfPageText {
  /** One entry per text-showing operator, in drawing order: a line as the PDF draws it. */
  lines: string[];
}

export interface PdfText {
  pageCount: number;
  pages: PdfPageText[];
}

function streamText(stream: unknown): string {
  if (!(stream instanceof PDFRawStream)) return '';
  return new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode());
}

/** A ToUnicode CMap's `bfchar` pairs: glyph id → the text it stands for. */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const units: number[] = [];
      const hex = pair[2] ?? '';
      for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
      map.set(parseInt(pair[1] ?? '0', 16), String.fromCharCode(...units));
    }
  }
  return map;
}

function fontMaps(
  doc: PDFDocument,
  resources: PDFDict | undefined,
): Map<string, Map<number, string>> {
  const maps = new Map<string, Map<number, string>>();
  const fonts = resources?.lookupMaybe(PDFName.of('Font'), PDFDict);
  if (!fonts) return maps;
  for (const [name, ref] of fonts.entries()) {
    const font = doc.context.lookup(ref);
    if (!(font instanceof PDFDict)) continue;
    const toUnicode = font.lookup(PDFName.of('ToUnicode'));
    maps.set(name.decodeText(), parseToUnicode(streamText(toUnicode)));
  }
  return maps;
}

/** Every line of text the PDF draws, page by page. Throws if the file does not parse. */
export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await PDFDocument.load(bytes);
  const pages: PdfPageText[] = [];
  for (const page of doc.getPages()) {
    const maps = fontMaps(doc, page.node.Resources());
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => doc.context.lookup(ref))
        : [contents];
    const lines: string[] = [];
    let font = new Map<number, string>();
    for (const stream of streams) {
      const ops = streamText(stream);
      for (const m of ops.matchAll(/\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj/g)) {
        if (m[1] !== undefined) {
          font = maps.get(m[1]) ?? new Map<number, string>();
          continue;
        }
        const hex = m[2] ?? '';
        let line = '';
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          line += font.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
        }
        lines.push(line);
      }
    }
    pages.push({ lines });
  }
  return { pageCount: doc.getPageCount(), pages };
}

/** Page numbers ("Side 2 af 9", "Page 2 of 9") are drawn last on each page. */
const PAGE_NUMBER = /^(Side \d+ af \d+|Page \d+ of \d+)$/;

/**
 * The whole text as one string, page numbers left out, so a text the PDF wrapped over lines
 * and pages can be found with `includes` once both sides are compared without white space.
 */
export function pdfFlowText(text: PdfText): string {
  return text.pages
    .flatMap((p) => p.lines)
    .filter((line) => !PAGE_NUMBER.test(line))
    .join('\n');
}
