/**
 * Removes what a WebM may say about where, with what and by whom it was made, without
 * re-encoding and without moving a byte: `Tags` (where a place would be), `Attachments` (any
 * file, a cover picture with its own EXIF), `Chapters` and unknown top-level elements become
 * `Void` elements of the same size with zeroed content; the title, muxing and writing apps
 * ("Lavf", "Chrome", a phone's app) and track names are zeroed (an empty string in EBML), and
 * Info's date, file names and segment ids (which tie recordings of one device together) become
 * `Void`s. Clusters (the
 * picture and sound) are skipped by their size, or walked element by element when a live
 * recording left their size unknown. A track that is neither picture nor sound (subtitles,
 * metadata) is refused: its samples would stay in the clusters. Matroska other than WebM is
 * refused by the sniffer.
 */
import { BlobWindow } from './blob-window';
import type { ByteSource } from './byte-source';
import type { Patch } from './patched-blob';
import { VideoFormatError } from './video-errors';
import type { VideoCleanPlan, VideoInfo } from './video-types';

const ID = {
  ebml: 0x1a45dfa3,
  docType: 0x4282,
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  info: 0x1549a966,
  tracks: 0x1654ae6b,
  cues: 0x1c53bb6b,
  chapters: 0x1043a770,
  tags: 0x1254c367,
  attachments: 0x1941a469,
  cluster: 0x1f43b675,
  void: 0xec,
  crc: 0xbf,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  title: 0x7ba9,
  muxingApp: 0x4d80,
  writingApp: 0x5741,
  dateUtc: 0x4461,
  segmentUid: 0x73a4,
  segmentFilename: 0x7384,
  prevUid: 0x3cb923,
  prevFilename: 0x3c83ab,
  nextUid: 0x3eb923,
  nextFilename: 0x3e83bb,
  segmentFamily: 0x4444,
  trackEntry: 0xae,
  trackType: 0x83,
  name: 0x536e,
  codecName: 0x258688,
  video: 0xe0,
  pixelWidth: 0xb0,
  pixelHeight: 0xba,
} as const;

/** Top-level elements inside the Segment: where an unknown-size cluster ends. */
const LEVEL_ONE = new Set<number>([
  ID.seekHead, ID.info, ID.tracks, ID.cues, ID.chapters, ID.tags, ID.attachments, ID.cluster,
]); // prettier-ignore
const KEEP = new Set<number>([ID.seekHead, ID.cues, ID.void, ID.crc, ID.cluster]);
const MAX_INDEX_BYTES = 16 * 1024 * 1024;
const MAX_ZEROED_BYTES = 64 * 1024 * 1024;
/** Track types kept: video (1) and audio (2). */
const KEPT_TRACK_TYPES = new Set([1, 2]);
/** Info's strings with the app that made the file: emptied (players read an empty one fine). */
const INFO_ZEROED = new Set<number>([ID.title, ID.muxingApp, ID.writingApp]);
/** Info's date, file names and ids: nothing a player needs, so each becomes a Void. */
const INFO_VOIDED = new Set<number>([
  ID.dateUtc, ID.segmentUid, ID.segmentFilename, ID.prevUid, ID.prevFilename, ID.nextUid,
  ID.nextFilename, ID.segmentFamily,
]); // prettier-ignore

/** What the file must hold: a video (picture, with or without sound) or a voice (sound only). */
export type CleanedKind = 'video' | 'voice';

interface Element {
  id: number;
  start: number;
  headerLength: number;
  /** Payload length; undefined for "unknown" (a live recording's Segment and Clusters). */
  size: number | undefined;
}

const dataStart = (e: Element) => e.start + e.headerLength;

function vintLength(first: number | undefined): number {
  if (first === undefined || first === 0) throw new VideoFormatError('corrupt');
  return Math.clz32(first) - 23;
}

/** An element header at `at` of `b` (`base` is added to offsets). */
function headerIn(b: Uint8Array, at: number, base = 0): Element {
  const idLength = vintLength(b[at]);
  if (idLength > 4) throw new VideoFormatError('corrupt');
  const sizeLength = vintLength(b[at + idLength]);
  if (at + idLength + sizeLength > b.length) throw new VideoFormatError('truncated');
  let id = 0;
  for (let i = 0; i < idLength; i += 1) id = id * 256 + (b[at + i] ?? 0);
  let size = (b[at + idLength] ?? 0) & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i += 1) {
    const v = b[at + idLength + i] ?? 0;
    size = size * 256 + v;
    allOnes &&= v === 0xff;
  }
  if (!allOnes && !Number.isSafeInteger(size)) throw new VideoFormatError('corrupt');
  return {
    id,
    start: base + at,
    headerLength: idLength + sizeLength,
    size: allOnes ? undefined : size,
  };
}

async function headerAt(win: BlobWindow, at: number): Promise<Element> {
  return headerIn(await win.read(at, 12), 0, at);
}

/** The children of an element held in memory (offsets are indices of `b`). */
function childrenIn(b: Uint8Array, parent: Element): Element[] {
  const out: Element[] = [];
  const end = dataStart(parent) + (parent.size ?? 0);
  for (let at = dataStart(parent); at < end;) {
    const e = headerIn(b, at);
    if (e.size === undefined || at + e.headerLength + e.size > end) {
      throw new VideoFormatError('corrupt');
    }
    out.push(e);
    at += e.headerLength + e.size;
  }
  return out;
}

function uintIn(b: Uint8Array, e: Element): number {
  let v = 0;
  for (let i = 0; i < (e.size ?? 0); i += 1) v = v * 256 + (b[dataStart(e) + i] ?? 0);
  return v;
}

function floatIn(b: Uint8Array, e: Element): number {
  const view = new DataView(b.buffer, b.byteOffset + dataStart(e), e.size ?? 0);
  if (e.size === 4) return view.getFloat32(0);
  if (e.size === 8) return view.getFloat64(0);
  return 0;
}

/** A header making the element a `Void` of the same total length. */
function voidHeader(e: Element): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(e.headerLength);
  header[0] = ID.void;
  const s = Math.min(8, e.headerLength - 1);
  // Header bytes beyond 9 join the (zeroed) payload.
  const value = (e.size ?? 0) + (e.headerLength - 1 - s);
  if (s < 1 || value >= 2 ** (7 * s) - 1) throw new VideoFormatError('cannot-clean');
  let v = value;
  for (let i = s; i >= 1; i -= 1) {
    header[i] = v % 256;
    v = Math.floor(v / 256);
  }
  header[1] = (header[1] ?? 0) | (0x80 >> (s - 1));
  return header;
}

/** Title and apps zeroed, date, names and ids made Voids; length and time scale read. */
function cleanInfo(b: Uint8Array, info: Element, out: VideoInfo): void {
  let scale = 1_000_000;
  let duration = 0;
  for (const c of childrenIn(b, info)) {
    if (INFO_ZEROED.has(c.id)) b.fill(0, dataStart(c), dataStart(c) + (c.size ?? 0));
    if (INFO_VOIDED.has(c.id)) {
      b.fill(0, dataStart(c), dataStart(c) + (c.size ?? 0));
      b.set(voidHeader(c), c.start);
    }
    if (c.id === ID.timecodeScale) scale = uintIn(b, c);
    if (c.id === ID.duration) duration = floatIn(b, c);
  }
  if (duration > 0) out.durationMs = Math.round((duration * scale) / 1_000_000);
}

/**
 * Track names zeroed; a track that is neither picture nor sound is refused, and so is a video
 * without a picture or a voice without sound or with a picture.
 */
function cleanTracks(b: Uint8Array, tracks: Element, out: VideoInfo, kind: CleanedKind): void {
  let video = false;
  let audio = false;
  for (const entry of childrenIn(b, tracks)) {
    if (entry.id !== ID.trackEntry) continue;
    for (const f of childrenIn(b, entry)) {
      if (f.id === ID.name || f.id === ID.codecName) {
        b.fill(0, dataStart(f), dataStart(f) + (f.size ?? 0));
      }
      if (f.id === ID.trackType) {
        const type = uintIn(b, f);
        if (!KEPT_TRACK_TYPES.has(type)) throw new VideoFormatError('cannot-clean');
        video ||= type === 1;
        audio ||= type === 2;
      }
      if (f.id === ID.video) {
        for (const v of childrenIn(b, f)) {
          if (v.id === ID.pixelWidth) out.width = uintIn(b, v);
          if (v.id === ID.pixelHeight) out.height = uintIn(b, v);
        }
      }
    }
  }
  if (kind === 'video' ? !video : video || !audio) throw new VideoFormatError('not-a-video');
}

/** Reads a small top-level element whole, cleans it in memory and returns its patch. */
async function rewrite(
  win: BlobWindow,
  e: Element,
  clean: (b: Uint8Array, self: Element) => void,
): Promise<Patch> {
  const length = e.headerLength + (e.size ?? 0);
  if (length > MAX_INDEX_BYTES) throw new VideoFormatError('cannot-clean');
  const bytes = await win.copy(e.start, length);
  clean(bytes, headerIn(bytes, 0));
  return { start: e.start, end: e.start + length, bytes };
}

/** Where a cluster of unknown size ends: at the next top-level element, or the file's end. */
async function clusterEnd(win: BlobWindow, cluster: Element): Promise<number> {
  let at = dataStart(cluster);
  while (at < win.size) {
    const e = await headerAt(win, at);
    if (LEVEL_ONE.has(e.id)) return at;
    if (e.size === undefined) throw new VideoFormatError('cannot-clean');
    at = dataStart(e) + e.size;
  }
  if (at > win.size) throw new VideoFormatError('truncated');
  return at;
}

/** Walks the Segment's top-level elements, collecting the patches. */
async function cleanSegment(
  win: BlobWindow,
  segment: Element,
  info: VideoInfo,
  kind: CleanedKind,
): Promise<Patch[]> {
  const patches: Patch[] = [];
  const end = segment.size === undefined ? win.size : dataStart(segment) + segment.size;
  if (end > win.size) throw new VideoFormatError('truncated');
  let sawTracks = false;
  let zeroed = 0;
  for (let at = dataStart(segment); at < end;) {
    const e = await headerAt(win, at);
    if (e.size === undefined && e.id !== ID.cluster) throw new VideoFormatError('cannot-clean');
    const next = e.size === undefined ? await clusterEnd(win, e) : dataStart(e) + e.size;
    if (next > end) throw new VideoFormatError('truncated');
    if (e.id === ID.info) {
      patches.push(await rewrite(win, e, (b, self) => { cleanInfo(b, self, info); })); // prettier-ignore
    } else if (e.id === ID.tracks) {
      sawTracks = true;
      patches.push(await rewrite(win, e, (b, self) => { cleanTracks(b, self, info, kind); })); // prettier-ignore
    } else if (!KEEP.has(e.id)) {
      // Tags, Attachments, Chapters and anything unknown: a Void of the same size.
      patches.push({ start: e.start, end: dataStart(e), bytes: voidHeader(e) });
      patches.push({ start: dataStart(e), end: next });
      zeroed += next - e.start;
    }
    at = next;
  }
  if (!sawTracks) throw new VideoFormatError('not-a-video');
  if (zeroed > MAX_ZEROED_BYTES) throw new VideoFormatError('cannot-clean');
  return patches;
}

/** What removes the WebM's tags, attachments and app names (see above). */
export async function planWebm(
  file: ByteSource,
  kind: CleanedKind = 'video',
): Promise<VideoCleanPlan> {
  const win = new BlobWindow(file, 256 * 1024);
  const head = await headerAt(win, 0);
  if (head.id !== ID.ebml || head.size === undefined) throw new VideoFormatError('corrupt');
  let at = dataStart(head) + head.size;
  const info: VideoInfo = {};
  const patches: Patch[] = [];
  let segments = 0;
  while (at < win.size) {
    const e = await headerAt(win, at);
    if (e.id === ID.segment) {
      segments += 1;
      patches.push(...(await cleanSegment(win, e, info, kind)));
    } else if (e.id !== ID.void) {
      // A second EBML document or anything else after the Segment: not a file to guess at.
      throw new VideoFormatError('cannot-clean');
    }
    if (e.size === undefined) break;
    at = dataStart(e) + e.size;
  }
  if (segments !== 1) throw new VideoFormatError(segments === 0 ? 'truncated' : 'cannot-clean');
  return { patches, mime: kind === 'video' ? 'video/webm' : 'audio/webm', info };
}
