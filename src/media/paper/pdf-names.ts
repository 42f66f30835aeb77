/**
 * A second net under the object walk (`pdf-scan.ts`), on the bytes written: every name token of
 * the clean PDF outside strings, comments and stream data, read by a tokenizer of its own rather
 * than by pdf-lib. The cleaner writes no object streams, so every dictionary is in plain sight.
 */
import type { PaperFailure } from './paper-failure';

const REFUSED_NAMES: ReadonlyMap<string, PaperFailure> = new Map<string, PaperFailure>([
  ['JS', 'javascript'],
  ['JavaScript', 'javascript'],
  ['AA', 'actions'],
  ['Launch', 'actions'],
  ['SubmitForm', 'actions'],
  ['ImportData', 'actions'],
  ['GoToR', 'actions'],
  ['GoToE', 'actions'],
  ['EmbeddedFile', 'embedded-files'],
  ['EmbeddedFiles', 'embedded-files'],
  ['EF', 'embedded-files'],
  ['FileAttachment', 'embedded-files'],
  ['RichMedia', 'rich-media'],
  ['RichMediaContent', 'rich-media'],
  ['XFA', 'xfa'],
]);

const LF = 0x0a;
const CR = 0x0d;

/** PDF whitespace and delimiters end a name (PDF 32000-1, 7.2.2). */
function isDelimiter(c: number): boolean {
  return (
    c === 0x00 ||
    c === 0x09 ||
    c === LF ||
    c === 0x0c ||
    c === CR ||
    c === 0x20 ||
    c === 0x28 || // (
    c === 0x29 || // )
    c === 0x3c || // <
    c === 0x3e || // >
    c === 0x5b || // [
    c === 0x5d || // ]
    c === 0x7b || // {
    c === 0x7d || // }
    c === 0x2f || // /
    c === 0x25 // %
  );
}

function startsAt(b: Uint8Array, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k += 1) if (b[at + k] !== word.charCodeAt(k)) return false;
  return true;
}

/** Index after a literal string starting at `at` (balanced parentheses, backslash escapes). */
function skipLiteral(b: Uint8Array, at: number): number {
  let depth = 0;
  for (let i = at; i < b.length; i += 1) {
    const c = b[i];
    if (c === 0x5c) i += 1;
    else if (c === 0x28) depth += 1;
    else if (c === 0x29 && --depth === 0) return i + 1;
  }
  return b.length;
}

/** Index after the name starting at `at` (the slash), and the name with `#xx` escapes decoded. */
function readName(b: Uint8Array, at: number): [number, string] {
  let i = at + 1;
  let name = '';
  while (i < b.length && !isDelimiter(b[i] ?? 0)) {
    const c = b[i] ?? 0;
    const hex = c === 0x23 ? String.fromCharCode(b[i + 1] ?? 0, b[i + 2] ?? 0) : '';
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      name += String.fromCharCode(parseInt(hex, 16));
      i += 3;
    } else {
      name += String.fromCharCode(c);
      i += 1;
    }
  }
  return [i, name];
}

/** Index after a stream's data when the keyword `stream` starts at `at`, else undefined. */
function skipStream(b: Uint8Array, at: number): number | undefined {
  if (!startsAt(b, at, 'stream') || !isDelimiter(b[at - 1] ?? 0x20)) return undefined;
  const after = b[at + 6];
  if (after !== LF && after !== CR) return undefined;
  const end = b.indexOf(0x65, at + 6); // 'e'
  for (let e = end; e >= 0; e = b.indexOf(0x65, e + 1)) {
    if (startsAt(b, e, 'endstream')) return e + 9;
  }
  return b.length;
}

/** The reason to refuse for the first refused name in the bytes, if any. */
export function findRefusedName(b: Uint8Array): PaperFailure | undefined {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c === 0x25) {
      while (i < b.length && b[i] !== LF && b[i] !== CR) i += 1;
    } else if (c === 0x28) {
      i = skipLiteral(b, i);
    } else if (c === 0x3c && b[i + 1] !== 0x3c) {
      const close = b.indexOf(0x3e, i);
      i = close < 0 ? b.length : close + 1;
    } else if (c === 0x3c) {
      i += 2; // a dictionary opens
    } else if (c === 0x2f) {
      const [end, name] = readName(b, i);
      const refused = REFUSED_NAMES.get(name);
      if (refused) return refused;
      i = end;
    } else if (c === 0x73) {
      i = skipStream(b, i) ?? i + 1;
    } else {
      i += 1;
    }
  }
  return undefined;
}
