/**
 * Text for the PDF: only characters the embedded font has (emoji and invisible format
 * characters such as U+202E are dropped, other unknown letters become '?', so nothing draws as
 * an empty box), and wrapping to a width by measuring with the font.
 */
import type { PDFFont } from '@cantoo/pdf-lib';

const DROP = /[\p{Extended_Pictographic}\p{M}\p{Cf}\p{Co}\p{Cs}\uFE0F]/u;

export function fontCharset(font: PDFFont): ReadonlySet<number> {
  return new Set(font.getCharacterSet());
}

/** One line of text: tabs and other white space become spaces, line breaks are the caller's. */
export function clean(text: string, charset: ReadonlySet<number>): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (/\s/u.test(ch)) out += ' ';
    else if (charset.has(cp)) out += ch;
    else if (!DROP.test(ch)) out += '?';
  }
  return out;
}

/** Breaks text into lines no wider than `width`; `\n` starts a new line, long words are split. */
export function wrapText(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
  charset: ReadonlySet<number>,
): string[] {
  const lines: string[] = [];
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = clean(paragraph, charset)
      .split(' ')
      .filter((w) => w !== '');
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      for (const part of splitWord(word, fits)) {
        if (line !== '') lines.push(line);
        line = part;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** A word wider than the line, in pieces that fit (URLs, a name in capitals, keyboard mashing). */
function splitWord(word: string, fits: (s: string) => boolean): string[] {
  if (fits(word)) return [word];
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (part !== '' && !fits(part + ch)) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part !== '') parts.push(part);
  return parts;
}

/** Shortens a single line with '…' until it fits (names on the network map). */
export function fitLine(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  const chars = Array.from(text);
  while (chars.length > 1 && font.widthOfTextAtSize(`${chars.join('')}…`, size) > width)
    chars.pop();
  return `${chars.join('')}…`;
}
