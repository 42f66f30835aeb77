/**
 * Removes every place and device identifier from an MP4 or QuickTime movie without re-encoding
 * and without moving the media data (`mdat`), so no chunk offset changes: each box that may hold
 * them becomes a `free` box of the same size with zeroed content, and the samples of every track
 * that is neither picture nor sound (GoPro GPMF, Google `camm`, Apple timed metadata, subtitles
 * that drones fill with GPS) are zeroed where they lie, with the track itself freed. The index
 * (`moov`, small) is read and rewritten whole; the rest of the file is only sliced.
 *
 * Kept inside `moov` is an allowlist of what playback needs (headers, edit lists, sample tables,
 * codec descriptions); everything else goes: `udta` (©xyz, ©mak, ©mod, ©swr, ...), `meta`
 * (`keys`/`ilst`: com.apple.quicktime.location.*, make, model, software), every `uuid` (XMP),
 * unknown boxes. Handler names, compressor names and vendor codes ("GoPro AVC", "appl") are
 * zeroed. Creation times stay: a date is the memory's, not a place (and becomes `takenAt`).
 * Fragmented MP4: each fragment's index (`moof`) is cleaned the same way; one with a track that
 * is neither picture nor sound is refused (its samples lie in every fragment).
 * Refused: a compressed `moov`, media in other files, a moov over 64 MB.
 */
import { u32be } from '../byte-utils';
import { BlobWindow } from './blob-window';
import type { ByteSource } from './byte-source';
import {
  body,
  child,
  children,
  end,
  freeBox,
  topLevelBoxes,
  u64be,
  versionOf,
  type Box,
} from './iso-boxes';
import type { Patch } from './patched-blob';
import { chunkRanges, insideOne, mergeRanges, overlapsAny, type Range } from './sample-ranges';
import type { CleanedKind } from './clean-webm';
import type { VideoCleanPlan, VideoInfo } from './video-types';
import { VideoFormatError } from './video-errors';

/** A moov of a long phone video is a few MB; far more is not a video this app should open. */
const MAX_MOOV_BYTES = 64 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 100_000;
/** Zeros written over metadata samples and boxes outside moov (GPS streams are KB a second). */
const MAX_ZEROED_BYTES = 64 * 1024 * 1024;

/**
 * Top-level boxes kept as they are (fragments are cleaned on their own); every other one (uuid,
 * meta, udta, free, emsg, ...) is zeroed. `sidx`, `ssix`, `styp`, `mfra` hold offsets and sizes.
 */
const TOP_KEEP = new Set(['ftyp', 'moov', 'mdat', 'moof', 'sidx', 'ssix', 'styp', 'mfra']);
const MOOV_KEEP = new Set(['mvhd', 'trak', 'iods', 'mvex']);
const MVEX_KEEP = new Set(['mehd', 'trex', 'leva']);
const MOOF_KEEP = new Set(['mfhd', 'traf']);
const TRAF_KEEP = new Set(['tfhd', 'tfdt', 'trun', 'sbgp', 'sgpd', 'subs', 'saiz', 'saio', 'senc']);
/** One fragment's index (`moof`) is a few KB; a huge one is not a file to trust. */
const MAX_MOOF_BYTES = 16 * 1024 * 1024;
const TRAK_KEEP = new Set(['tkhd', 'edts', 'mdia', 'tref', 'tapt']);
const EDTS_KEEP = new Set(['elst']);
const MDIA_KEEP = new Set(['mdhd', 'hdlr', 'minf']);
const MINF_KEEP = new Set(['vmhd', 'smhd', 'hmhd', 'nmhd', 'gmhd', 'hdlr', 'dinf', 'stbl']);
const STBL_KEEP = new Set([
  'stsd', 'stts', 'ctts', 'cslg', 'stss', 'stps', 'sdtp', 'stsc', 'stsz', 'stz2', 'stco',
  'co64', 'sgpd', 'sbgp', 'subs', 'saiz', 'saio', 'padb', 'stsh', 'stdp',
]); // prettier-ignore
/** Tracks kept: picture and sound. Every other track's samples are zeroed. */
const KEPT_HANDLERS = new Set(['vide', 'soun']);
/** Boxes freed inside a codec description (sample entry). */
const ENTRY_DROP = new Set(['uuid', 'udta', 'meta']);
/** Seconds from 1904-01-01 (QuickTime's epoch) to 1970-01-01. */
const QT_EPOCH_OFFSET = 2_082_844_800;

interface Track {
  box: Box;
  id: number;
  handler: string;
  stbl: Box;
}

/** Frees every child of `parent` not in `keep`; returns the kept ones. */
function keepOnly(b: Uint8Array, parent: Box, keep: ReadonlySet<string>, skip = 0): Box[] {
  const kept: Box[] = [];
  for (const c of children(b, parent, skip)) {
    if (keep.has(c.type)) kept.push(c);
    else freeBox(b, c);
  }
  return kept;
}

function need(box: Box | undefined): Box {
  if (!box) throw new VideoFormatError('corrupt');
  return box;
}

function readTrack(b: Uint8Array, trak: Box): Track {
  const tkhd = need(child(b, trak, 'tkhd'));
  const idAt = body(tkhd) + (versionOf(b, tkhd) === 1 ? 20 : 12);
  const mdia = need(child(b, trak, 'mdia'));
  const hdlr = need(child(b, mdia, 'hdlr'));
  const minf = need(child(b, mdia, 'minf'));
  const handler = String.fromCharCode(...b.subarray(body(hdlr) + 8, body(hdlr) + 12));
  return { box: trak, id: u32be(b, idAt), handler, stbl: need(child(b, minf, 'stbl')) };
}

/** A handler's name and (QuickTime) manufacturer: "GoPro AVC", "Core Media Video", "appl". */
function blankHandler(b: Uint8Array, hdlr: Box): void {
  if (hdlr.size >= hdlr.headerSize + 12) b.fill(0, body(hdlr) + 12, end(hdlr));
}

/** Every data reference must be "in this file"; its own content (a URL, an alias) is zeroed. */
function checkDataReferences(b: Uint8Array, dinf: Box): void {
  for (const dref of children(b, dinf)) {
    if (dref.type !== 'dref') {
      freeBox(b, dref);
      continue;
    }
    for (const entry of children(b, dref, 8)) {
      const selfContained = ((b[body(entry) + 3] ?? 0) & 1) === 1;
      if (!selfContained) throw new VideoFormatError('cannot-clean');
      b.fill(0, body(entry) + 4, end(entry));
    }
  }
}

/** Codec descriptions: vendor codes and compressor names zeroed, uuid/udta/meta inside freed. */
function cleanSampleEntries(b: Uint8Array, stsd: Box, handler: string): void {
  for (const entry of children(b, stsd, 8)) {
    if (handler === 'vide' && entry.size >= 86) {
      // Version, revision, vendor and qualities (ISO: pre-defined zeros), then the compressor.
      b.fill(0, entry.start + 16, entry.start + 32);
      b.fill(0, entry.start + 50, entry.start + 82);
      try {
        for (const c of children(b, entry, 78)) if (ENTRY_DROP.has(c.type)) freeBox(b, c);
      } catch {
        // Codec fields this walk does not know: nothing there is metadata the spec allows.
      }
    } else if (handler === 'soun' && entry.size >= 36) {
      b.fill(0, entry.start + 20, entry.start + 24); // QuickTime's vendor code
    }
  }
}

function cleanKeptTrack(b: Uint8Array, t: Track, keptIds: ReadonlySet<number>): void {
  for (const c of keepOnly(b, t.box, TRAK_KEEP)) {
    if (c.type === 'edts') keepOnly(b, c, EDTS_KEEP);
    if (c.type === 'tref') {
      // References to a removed track (its metadata, a timecode) would point at nothing.
      const ids = children(b, c).flatMap((r) =>
        Array.from({ length: (r.size - r.headerSize) / 4 }, (_, i) => u32be(b, body(r) + i * 4)),
      );
      if (ids.some((id) => !keptIds.has(id))) freeBox(b, c);
    }
    if (c.type !== 'mdia') continue;
    for (const m of keepOnly(b, c, MDIA_KEEP)) {
      if (m.type === 'hdlr') blankHandler(b, m);
      if (m.type !== 'minf') continue;
      for (const n of keepOnly(b, m, MINF_KEEP)) {
        if (n.type === 'hdlr') blankHandler(b, n);
        if (n.type === 'dinf') checkDataReferences(b, n);
        if (n.type !== 'stbl') continue;
        for (const s of keepOnly(b, n, STBL_KEEP)) {
          if (s.type === 'stsd') cleanSampleEntries(b, s, t.handler);
        }
      }
    }
  }
}

function fixed16(b: Uint8Array, at: number): number {
  return (u32be(b, at) | 0) / 65536;
}

/**
 * Length, size as shown (a phone's portrait video is stored turned) and the recording date; a
 * voice has no picture, so no size.
 */
function readInfo(b: Uint8Array, moov: Box, video: Track | undefined): VideoInfo {
  const mvhd = need(child(b, moov, 'mvhd'));
  const v1 = versionOf(b, mvhd) === 1;
  const created = v1 ? u64be(b, body(mvhd) + 4) : u32be(b, body(mvhd) + 4);
  const scale = u32be(b, body(mvhd) + (v1 ? 20 : 12));
  const duration = v1 ? u64be(b, body(mvhd) + 24) : u32be(b, body(mvhd) + 16);
  const info: VideoInfo = video ? shownSize(b, video) : {};
  if (scale > 0 && duration > 0) info.durationMs = Math.round((duration * 1000) / scale);
  const ms = (created - QT_EPOCH_OFFSET) * 1000;
  if (created > 0 && ms > Date.UTC(1990, 0, 1) && ms < Date.now() + 86_400_000) {
    info.recordedAt = new Date(ms);
  }
  return info;
}

function shownSize(b: Uint8Array, video: Track): VideoInfo {
  const tkhd = need(child(b, video.box, 'tkhd'));
  const at = body(tkhd) + (versionOf(b, tkhd) === 1 ? 48 : 40);
  const turned = fixed16(b, at) === 0 && fixed16(b, at + 16) === 0;
  const w = Math.round(fixed16(b, at + 36));
  const h = Math.round(fixed16(b, at + 40));
  return { width: turned ? h : w, height: turned ? w : h };
}

interface Planned {
  moovBytes: Uint8Array<ArrayBuffer>;
  keptIds: ReadonlySet<number>;
  info: VideoInfo;
  keptRanges: Range[];
  zeroRanges: Range[];
}

/** Cleans the moov in place; returns where kept media lies and which samples to zero. */
function cleanMoov(b: Uint8Array<ArrayBuffer>, fragmented: boolean, kind: CleanedKind): Planned {
  const moov: Box = { type: 'moov', start: 0, headerSize: 8, size: b.length };
  if (children(b, moov).some((c) => c.type === 'cmov')) throw new VideoFormatError('cannot-clean');
  const moovChildren = keepOnly(b, moov, MOOV_KEEP);
  for (const mvex of moovChildren.filter((c) => c.type === 'mvex')) keepOnly(b, mvex, MVEX_KEEP);
  const tracks = moovChildren.filter((c) => c.type === 'trak').map((t) => readTrack(b, t));
  const kept = tracks.filter((t) => KEPT_HANDLERS.has(t.handler));
  const video = kept.find((t) => t.handler === 'vide');
  const sound = kept.some((t) => t.handler === 'soun');
  // A video needs a picture; a voice needs sound and must not carry a picture.
  if (kind === 'video' ? !video : video || !sound) throw new VideoFormatError('not-a-video');
  // A metadata track's samples in fragments would need every fragment's run tables rewritten.
  if (fragmented && kept.length < tracks.length) throw new VideoFormatError('fragmented');
  const keptIds = new Set(kept.map((t) => t.id));
  const keptRanges: Range[] = [];
  const zeroRanges: Range[] = [];
  // Ranges are read before any box is freed: freeing zeroes the sample tables.
  for (const t of tracks) {
    (keptIds.has(t.id) ? keptRanges : zeroRanges).push(...chunkRanges(b, t.stbl));
  }
  const info = readInfo(b, moov, video);
  for (const t of tracks) {
    if (keptIds.has(t.id)) cleanKeptTrack(b, t, keptIds);
    else freeBox(b, t.box);
  }
  return { moovBytes: b, info, keptRanges, zeroRanges, keptIds };
}

/**
 * A fragment's index cleaned like moov's: only what playback needs stays (uuid boxes, PIFF and
 * Smooth Streaming extras, anything unknown are freed). Returns a patch only if it changed.
 */
async function cleanMoof(win: BlobWindow, moof: Box, keptIds: ReadonlySet<number>) {
  if (moof.headerSize !== 8 || moof.size > MAX_MOOF_BYTES) throw new VideoFormatError('cannot-clean'); // prettier-ignore
  const b = await win.copy(moof.start, moof.size);
  const before = b.slice();
  const self: Box = { ...moof, start: 0 };
  for (const traf of keepOnly(b, self, MOOF_KEEP).filter((c) => c.type === 'traf')) {
    const tfhd = need(child(b, traf, 'tfhd'));
    if (!keptIds.has(u32be(b, body(tfhd) + 4))) throw new VideoFormatError('corrupt');
    keepOnly(b, traf, TRAF_KEEP);
  }
  const changed = b.some((v, i) => v !== before[i]);
  return changed ? [{ start: moof.start, end: end(moof), bytes: b }] : [];
}

/** The patches outside moov: zeroed top-level boxes and the removed tracks' samples. */
function outsidePatches(top: readonly Box[], plan: Planned): Patch[] {
  const media = mergeRanges(top.filter((t) => t.type === 'mdat').map((t) => [body(t), end(t)]));
  const kept = mergeRanges(plan.keptRanges);
  for (const r of kept) if (!insideOne(media, r)) throw new VideoFormatError('corrupt');
  const patches: Patch[] = [];
  let zeroed = 0;
  for (const r of mergeRanges(plan.zeroRanges)) {
    // Metadata samples sharing bytes with picture or sound: zeroing would damage the video.
    if (!insideOne(media, r) || overlapsAny(kept, r)) throw new VideoFormatError('cannot-clean');
    patches.push({ start: r[0], end: r[1] });
    zeroed += r[1] - r[0];
  }
  for (const box of top) {
    if (TOP_KEEP.has(box.type)) continue;
    const header = new Uint8Array(box.headerSize);
    header.set([0, 0, 0, 0, 0x66, 0x72, 0x65, 0x65]);
    new DataView(header.buffer).setUint32(0, box.headerSize === 16 ? 1 : box.size);
    if (box.headerSize === 16) new DataView(header.buffer).setBigUint64(8, BigInt(box.size));
    patches.push(
      { start: box.start, end: body(box), bytes: header },
      { start: body(box), end: end(box) },
    );
    zeroed += box.size;
  }
  if (zeroed > MAX_ZEROED_BYTES) throw new VideoFormatError('cannot-clean');
  return patches;
}

/**
 * What removes every place and device identifier from the movie (see above), read from its
 * headers and index only; throws a VideoFormatError naming why a file is refused.
 */
export async function planIsoVideo(
  file: ByteSource,
  mime: string,
  kind: CleanedKind = 'video',
): Promise<VideoCleanPlan> {
  const win = new BlobWindow(file, 64 * 1024);
  const top = await topLevelBoxes(win, MAX_TOP_LEVEL_BOXES);
  const moovs = top.filter((t) => t.type === 'moov');
  const moov = moovs[0];
  if (!moov || moovs.length > 1) throw new VideoFormatError('corrupt');
  if (moov.headerSize !== 8 || moov.size > MAX_MOOV_BYTES)
    throw new VideoFormatError('cannot-clean');
  const moofs = top.filter((t) => t.type === 'moof');
  const plan = cleanMoov(await win.copy(moov.start, moov.size), moofs.length > 0, kind);
  const patches = outsidePatches(top, plan);
  for (const moof of moofs) patches.push(...(await cleanMoof(win, moof, plan.keptIds)));
  patches.push({ start: moov.start, end: end(moov), bytes: plan.moovBytes });
  return { patches, mime, info: plan.info };
}
