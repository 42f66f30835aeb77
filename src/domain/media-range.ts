/**
 * Playing a sealed video or voice note through the service worker: the `<video>` asks
 * `/__media/<token>` for byte ranges, the worker asks the page that made the token for the clear
 * bytes of each range (the page holds the key; the worker never does), and answers 206 with
 * those bytes. Nothing clear is written anywhere. This file is the pure part both sides share:
 * the path, the messages, and the HTTP range rules.
 */
import { MEDIA_CHUNK_BYTES } from './media-kinds';

/** The path a token's URL starts with (same origin, so the CSP's 'self' covers it). */
export const MEDIA_ROUTE = '/__media/';

/** The message type the worker sends to a page with a port to answer on. */
export const MEDIA_MESSAGE = 'livsbog:media';

/** The worker's status for an item whose pieces no longer open (the page tells it apart). */
export const MEDIA_DAMAGED_STATUS = 422;

/** A tab without a service worker opens items up to this size into memory to play them. */
export const MEDIA_IN_MEMORY_MAX = 32 * 1024 * 1024;

/** What the worker asks the page: the item's size and type, or the clear bytes of a range. */
export type MediaAsk =
  | { type: typeof MEDIA_MESSAGE; token: string; ask: 'info' }
  | { type: typeof MEDIA_MESSAGE; token: string; ask: 'range'; start: number; end: number };

/** The page's answer; `unknown`: no such token here (locked, unloaded, another tab's). */
export type MediaAnswer =
  | { ok: true; size: number; mime: string }
  | { ok: true; bytes: ArrayBuffer }
  | { ok: false; error: 'unknown' | 'damaged' | 'failed' };

/** A byte range, `end` exclusive. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The range a request asks for (RFC 9110 `bytes=` with one range; several ranges or a garbled
 * header are answered with the whole item, which the RFC allows). `undefined`: no Range header.
 */
export function parseRange(
  header: string | null,
  size: number,
): ByteRange | 'unsatisfiable' | undefined {
  if (header === null) return undefined;
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m) return undefined;
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    // A suffix: the last N bytes.
    const n = Number(last);
    if (n === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  const end = last === '' ? size : Math.min(size, Number(last) + 1);
  if (end <= start) return undefined;
  return { start, end };
}

/** The response headers for `range` of an item (`undefined`: the whole item, status 200). */
export function rangeHeaders(
  range: ByteRange | undefined,
  size: number,
  mime: string,
): Record<string, string> {
  const r = range ?? { start: 0, end: size };
  return {
    'Content-Type': mime,
    'Content-Length': String(r.end - r.start),
    'Accept-Ranges': 'bytes',
    // Clear bytes: never into the HTTP cache.
    'Cache-Control': 'no-store',
    ...(range ? { 'Content-Range': `bytes ${r.start}-${r.end - 1}/${size}` } : {}),
  };
}

/**
 * The pieces a response is read in: up to the next edge of a stored piece, so each question to
 * the page opens one piece (and the page's cache of the last one serves the rest).
 */
export function nextStep(pos: number, end: number): ByteRange {
  const edge = (Math.floor(pos / MEDIA_CHUNK_BYTES) + 1) * MEDIA_CHUNK_BYTES;
  return { start: pos, end: Math.min(end, edge) };
}
