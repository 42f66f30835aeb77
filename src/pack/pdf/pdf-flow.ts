/**
 * A simple flowing layout on A4 pages for pdf-lib: a cursor moving down the page, a new page
 * when the next block does not fit, and page numbers drawn at the end.
 */
import {
  rgb,
  type PDFDocument,
  type PDFFont,
  type PDFImage,
  type PDFPage,
  type RGB,
} from '@cantoo/pdf-lib';

import { clean, fontCharset, wrapText } from './pdf-text';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const INK = rgb(0.17, 0.13, 0.11);
export const MUTED = rgb(0.42, 0.35, 0.31);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
  indent?: number;
  /** Space after the block. */
  after?: number;
}

export class PdfFlow {
  readonly doc: PDFDocument;
  readonly fonts: Fonts;
  readonly charset: ReadonlySet<number>;
  page!: PDFPage;
  y = 0;

  constructor(doc: PDFDocument, fonts: Fonts) {
    this.doc = doc;
    this.fonts = fonts;
    // Both fonts are the same family: one character set serves both.
    this.charset = fontCharset(fonts.regular);
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    return this.page;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y - height < MARGIN) this.newPage();
  }

  space(height: number): void {
    this.y -= height;
  }

  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 11;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const indent = style.indent ?? 0;
    const lineHeight = size * 1.4;
    for (const line of wrapText(text, font, size, this.width - indent, this.charset)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      if (line !== '') {
        this.page.drawText(line, {
          x: MARGIN + indent,
          y: this.y + size * 0.3,
          size,
          font,
          color: style.color ?? INK,
        });
      }
    }
    this.y -= style.after ?? 0;
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const size = level === 1 ? 22 : level === 2 ? 16 : 13;
    this.ensure(size * 4); // never a heading alone at the foot of a page
    this.space(level === 3 ? 6 : 10);
    this.text(text, { size, bold: true, after: level === 1 ? 10 : 4 });
  }

  /** Images in rows of equal height, wrapping to new rows and pages. */
  imageRow(images: readonly PDFImage[], height: number): void {
    let x = MARGIN;
    let rowStarted = false;
    for (const img of images) {
      const scale = Math.min(height / img.height, this.width / img.width);
      const w = img.width * scale;
      const h = img.height * scale;
      if (rowStarted && x + w > MARGIN + this.width) {
        x = MARGIN;
        rowStarted = false;
        this.space(height + 6);
      }
      if (!rowStarted) this.ensure(height + 6);
      this.page.drawImage(img, { x, y: this.y - h, width: w, height: h });
      x += w + 6;
      rowStarted = true;
    }
    if (rowStarted) this.space(height + 8);
  }

  /** One image as large as fits `maxHeight`, centred. */
  image(img: PDFImage, maxHeight: number): void {
    const scale = Math.min(maxHeight / img.height, this.width / img.width, 1.5);
    const w = img.width * scale;
    const h = img.height * scale;
    this.ensure(h + 6);
    this.page.drawImage(img, {
      x: MARGIN + (this.width - w) / 2,
      y: this.y - h,
      width: w,
      height: h,
    });
    this.space(h + 6);
  }

  /** Page numbers on every page but the cover. */
  numberPages(label: (n: number, total: number) => string): void {
    const pages = this.doc.getPages();
    pages.forEach((page, i) => {
      if (i === 0) return;
      const text = clean(label(i + 1, pages.length), this.charset);
      const w = this.fonts.regular.widthOfTextAtSize(text, 9);
      page.drawText(text, {
        x: (A4[0] - w) / 2,
        y: MARGIN / 2,
        size: 9,
        font: this.fonts.regular,
        color: MUTED,
      });
    });
  }
}
