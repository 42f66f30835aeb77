/**
 * One walk over every object a PDF reader can reach from the document catalog: refuses what
 * could run or hide something (script, actions other than links, embedded files, films and
 * sound, XFA forms), drops XMP metadata and applications' private data wherever they hang, and
 * finds the JPEG pictures (which carry their own EXIF: a scan made on a phone knows where it was
 * made). Objects nothing reaches are not part of the document and are left for the caller to
 * remove.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';

import { PaperError, type PaperFailure } from './paper-failure';

/** Keys that refuse the file wherever they appear, and why. */
const REFUSED_KEYS: ReadonlyMap<string, PaperFailure> = new Map<string, PaperFailure>([
  ['JS', 'javascript'],
  ['JavaScript', 'javascript'],
  // Additional actions run by themselves: on opening a page, on focus, on printing.
  ['AA', 'actions'],
  ['EmbeddedFiles', 'embedded-files'],
  ['EF', 'embedded-files'],
  ['RichMediaContent', 'rich-media'],
  ['RichMediaSettings', 'rich-media'],
  ['XFA', 'xfa'],
]);

/** Annotation and stream subtypes that refuse the file. */
const REFUSED_SUBTYPES: ReadonlyMap<string, PaperFailure> = new Map<string, PaperFailure>([
  ['FileAttachment', 'embedded-files'],
  ['RichMedia', 'rich-media'],
  ['Movie', 'rich-media'],
  ['Sound', 'rich-media'],
  ['Screen', 'rich-media'],
  ['3D', 'rich-media'],
]);

/** Dropped wherever they hang: XMP metadata streams and applications' private data. */
const DROPPED_KEYS = new Set(['Metadata', 'PieceInfo']);

/** Keys whose value is an action (or, for `OpenAction`, possibly a plain destination). */
const ACTION_KEYS = new Set(['A', 'OpenAction', 'Next']);

/**
 * Actions a reader may follow: a place in this PDF, a named page turn, a link. Everything else
 * (Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition, ...) starts programs, sends data or
 * opens other files.
 */
const SAFE_ACTIONS = new Set(['GoTo', 'URI', 'Named']);
const SAFE_LINK = /^(https?|mailto|tel):/i;

export interface ScanResult {
  /** Tags (`"12 0 R"`) of every indirect object the catalog reaches. */
  reachable: Set<string>;
  /** Picture streams stored as plain JPEG (DCTDecode alone). */
  jpegs: PDFRawStream[];
}

interface Item {
  obj: PDFObject | undefined;
  /** Reached through an action key: checked as an action if it is one. */
  action: boolean;
}

function nameOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFName ? obj.decodeText() : undefined;
}

function textOf(obj: PDFObject | undefined): string | undefined {
  return obj instanceof PDFString || obj instanceof PDFHexString ? obj.decodeText() : undefined;
}

function checkAction(context: PDFContext, dict: PDFDict) {
  const type = nameOf(dict.get(PDFName.of('S')));
  if (type === undefined) return; // a destination or a page, not an action
  if (type === 'JavaScript') throw new PaperError('javascript');
  if (!SAFE_ACTIONS.has(type)) throw new PaperError('actions');
  if (type !== 'URI') return;
  const uri = textOf(context.lookup(dict.get(PDFName.of('URI')))) ?? '';
  if (/^\s*javascript:/i.test(uri)) throw new PaperError('javascript');
  if (!SAFE_LINK.test(uri.trim())) throw new PaperError('actions');
}

function isPlainJpeg(dict: PDFDict): boolean {
  if (nameOf(dict.get(PDFName.of('Subtype'))) !== 'Image') return false;
  const filter = dict.get(PDFName.of('Filter'));
  if (nameOf(filter) === 'DCTDecode') return true;
  return filter instanceof PDFArray && filter.size() === 1 && nameOf(filter.get(0)) === 'DCTDecode';
}

/**
 * Checks one dictionary's keys (throwing the first reason to refuse), drops metadata keys and
 * returns what it points to.
 */
function inspectDict(context: PDFContext, dict: PDFDict, action: boolean): Item[] {
  const next: Item[] = [];
  const dropped: PDFName[] = [];
  for (const [key, value] of dict.entries()) {
    const name = key.decodeText();
    if (DROPPED_KEYS.has(name)) {
      dropped.push(key);
      continue;
    }
    const refused = REFUSED_KEYS.get(name);
    if (refused) throw new PaperError(refused);
    next.push({ obj: value, action: ACTION_KEYS.has(name) });
  }
  for (const key of dropped) dict.delete(key);
  const subtype = REFUSED_SUBTYPES.get(nameOf(dict.get(PDFName.of('Subtype'))) ?? '');
  if (subtype) throw new PaperError(subtype);
  if (action || nameOf(dict.get(PDFName.of('Type'))) === 'Action') checkAction(context, dict);
  return next;
}

/** Walks the document from its catalog (never from the Info dictionary, which goes). */
export function scanPdf(context: PDFContext): ScanResult {
  const reachable = new Set<string>();
  const jpegs: PDFRawStream[] = [];
  const stack: Item[] = [{ obj: context.trailerInfo.Root, action: false }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { obj, action } = item;
    if (obj instanceof PDFRef) {
      if (reachable.has(obj.tag)) continue;
      reachable.add(obj.tag);
      stack.push({ obj: context.lookup(obj), action });
    } else if (obj instanceof PDFArray) {
      for (const el of obj.asArray()) stack.push({ obj: el, action });
    } else if (obj instanceof PDFDict) {
      stack.push(...inspectDict(context, obj, action));
    } else if (obj instanceof PDFStream) {
      stack.push(...inspectDict(context, obj.dict, action));
      if (obj instanceof PDFRawStream && isPlainJpeg(obj.dict)) jpegs.push(obj);
    }
  }
  return { reachable, jpegs };
}
