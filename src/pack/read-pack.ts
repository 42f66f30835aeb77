/**
 * Reads a moving pack, treating it as hostile: everything is checked before this returns,
 * so the caller writes to the database only after success and never half an import.
 *
 * Order: zip structure and names (no content read), tag files and the bag's layout, then
 * livsbog.json (version, schema, references) before any photo is hashed, then every other file
 * (size limits on real bytes, CRC, SHA-256 against the manifest; photos also by sniffed type and
 * against their record's hash). One file's bytes are in memory at a time; stored photos come
 * back as slices of the input Blob, not copies.
 *
 * Memory does not grow with the pack: a stored item is checked through one reused buffer (see
 * `blobPieces`), never read into a buffer of its own. Reading each photo whole made a new
 * buffer per photo that only garbage collection frees, and a fast read ran hundreds of MB ahead
 * of the collector (the handover bench on a quiet machine: +182 MB at 1 GB, +390 MB at 3 GB).
 */
import { sha256Hex } from '@/crypto';
import {
  matchesRecordType,
  MEDIA_LIMITS,
  mediaKindOf,
  SNIFF_BYTES,
  type MediaKind,
  type Photo,
} from '@/domain';
import type { ImportFailure } from '@/media';
import { checkFileHash, readBagTags, type BagExpectations } from './bag/bagit-check';
import { bookDataFromJson, migratePackJson } from './schema/pack-json';
import { PackError } from './errors';
import { parsePackJson } from './schema/json-guard';
import { DEFAULT_READ_LIMITS, PAYLOAD, TAG_FILES, type ReadLimits } from './limits';
import { layoutOf, type PackLayout } from './read-paths';
import { checkReferences } from './references';
import { withoutPhotos } from './select';
import { streamHashes } from './stream-hash';
import type { BookData, PackJson, LeftOut } from './types';
import { readCentralDirectory, type ZipEntry } from './zip/zip-central';
import {
  checkStoredEntry,
  extractEntry,
  type Budget,
  type CheckedSlice,
  type Extracted,
} from './zip/zip-extract';

export interface ReadPackOptions {
  limits?: Partial<ReadLimits>;
  signal?: AbortSignal;
  /** Bytes of the zip checked so far, of its size. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /**
   * The photo importer's byte limit: a photo above it (by its record or its zip entry) is not
   * even extracted; it stays out, with every reference to it, and the report names it. Other
   * kinds have their own limits (`MEDIA_LIMITS`), applied the same way.
   */
  maxPhotoBytes?: number;
  /**
   * Called once livsbog.json is read and before any photo is extracted, with the bytes the
   * import would store (livsbog.json and every photo within the limit); may throw to refuse.
   */
  checkSpace?: (bytes: number) => void;
}

/**
 * An item of the pack that stays out of the import, and why: a reason of its kind's importer
 * (`photos.failure`, `papers.failure`, `video.failure`; a voice note `too-large` or `too-long`).
 */
export interface RefusedPhoto {
  id: string;
  /** Its file inside `data/` (`media/0001-….jpg`), as the person who has the pack sees it. */
  file: string;
  reason: ImportFailure | (string & {});
  /** The item's kind, which says whose reasons `reason` is one of; missing: a photo. */
  kind?: MediaKind;
}

export interface PackReadReport {
  schemaVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  leftOut: LeftOut;
  /** Files in `data/`, as listed in the manifest. */
  payloadFiles: number;
  payloadBytes: number;
  hasPdf: boolean;
  /** Bag-Software-Agent and the other bag-info.txt fields, for support. */
  bagInfo: Record<string, string[]>;
  /** Operating-system clutter (`__MACOSX/`, `.DS_Store`) that was ignored. */
  ignoredFiles: string[];
  /** Photos left out of the import (too large here; not a picture after the import's checks). */
  refusedPhotos: RefusedPhoto[];
}

export interface PackContents {
  data: BookData;
  /** Photo id → its bytes, typed by the sniffed MIME type. */
  photoBlobs: Map<string, Blob>;
  /** Photo id → its file inside `data/` (`media/0001-….jpg`), to name a photo in a report. */
  photoFiles?: Map<string, string>;
  /** Photo id → a thumbnail drawn while checking (the import worker's decode); none from here. */
  thumbBlobs?: Map<string, Blob>;
  report: PackReadReport;
}

export async function readPack(file: Blob, options: ReadPackOptions = {}): Promise<PackContents> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...options.limits };
  const { signal } = options;
  signal?.throwIfAborted();
  const { entries, cdOffset } = await readCentralDirectory(file, {
    maxEntries: limits.maxEntries,
    maxCentralBytes: limits.maxTagFileBytes,
  });
  const layout = layoutOf(entries);
  const slots = slotEnds(entries, cdOffset);
  const budget: Budget = { maxTotalBytes: limits.maxTotalBytes, totalBytes: 0 };
  let done = 0;
  // One entry read (whole or slice by slice), and the progress that makes.
  const step = async <T>(path: string, run: (e: ZipEntry, slotEnd: number) => Promise<T>) => {
    signal?.throwIfAborted();
    const entry = mustGet(layout, path);
    const out = await run(entry, slots.get(entry) ?? cdOffset);
    done += entry.compressedSize;
    options.onProgress?.(done, file.size);
    return out;
  };
  const extract = (path: string, maxBytes: number): Promise<Extracted> =>
    step(path, (entry, end) => extractEntry(file, entry, end, maxBytes, budget, signal));

  const expect = await checkTags(layout, extract, limits);
  const jsonPath = `data/${PAYLOAD.json}`;
  const jsonBytes = (await extract(jsonPath, limits.maxJsonBytes)).bytes;
  checkFileHash(expect, jsonPath, await sha256Hex(jsonBytes));
  const written = parsePackJson(jsonBytes, limits.maxJsonDepth);
  const json = migratePackJson(written);
  const mediaPrefix = 'data/';
  const mediaFiles = new Set(
    [...layout.roles].filter(([, r]) => r === 'media').map(([p]) => p.slice(mediaPrefix.length)),
  );
  checkReferences(json, mediaFiles);
  const maxPhotoBytes = options.maxPhotoBytes ?? Infinity;
  const tooLarge = json.photos.filter((p) => {
    const max = itemByteLimit(p, maxPhotoBytes);
    return p.byteLength > max || mustGet(layout, `data/${p.file}`).size > max;
  });
  const refused = new Set(tooLarge.map((p) => p.id));
  options.checkSpace?.(
    json.photos.reduce((sum, p) => sum + (refused.has(p.id) ? 0 : p.byteLength), jsonBytes.length),
  );

  for (const [path, role] of layout.roles) {
    if (role === 'document') {
      const { bytes } = await extract(path, limits.maxFileBytes);
      checkFileHash(expect, path, await sha256Hex(bytes));
    }
  }
  const newHash = await streamHashes();
  const pieces = { keep: {}, ...(signal ? { signal } : {}) };
  const checkStored = async (path: string, maxBytes: number) => {
    const entry = mustGet(layout, path);
    if (entry.method !== 0) return undefined;
    const hash = newHash();
    return step(path, (e, end) => checkStoredEntry(file, e, end, maxBytes, budget, hash, pieces));
  };
  const photoBlobs = await readPhotos(file, json, extract, checkStored, expect, limits, refused);
  const report = { ...makeReport(json, layout, expect), schemaVersion: written.schemaVersion };
  report.refusedPhotos = tooLarge.map((p) => ({
    id: p.id,
    file: p.file,
    reason: 'too-large',
    kind: mediaKindOf(p),
  }));
  return {
    data: withoutPhotos(bookDataFromJson(json), refused),
    photoBlobs,
    photoFiles: new Map(json.photos.map((p) => [p.id, p.file])),
    report,
  };
}

/** The most bytes an item of this kind may have: the app's own limits for each kind. */
function itemByteLimit(item: Pick<Photo, 'kind'>, maxPhotoBytes: number): number {
  switch (mediaKindOf(item)) {
    case 'photo':
      return maxPhotoBytes;
    case 'drawing':
      return Math.min(maxPhotoBytes, MEDIA_LIMITS.drawingBytes);
    case 'voice':
      return MEDIA_LIMITS.voiceBytes;
    case 'video':
      return MEDIA_LIMITS.videoBytes;
    case 'paper':
      return MEDIA_LIMITS.paperBytes;
  }
}

type Extract = (path: string, maxBytes: number) => Promise<Extracted>;

function mustGet(layout: PackLayout, path: string): ZipEntry {
  const entry = layout.files.get(path);
  if (!entry) throw new PackError('missing-file', path);
  return entry;
}

/** Each entry's data must end before the next entry (by offset) or the central directory. */
function slotEnds(entries: readonly ZipEntry[], cdOffset: number): Map<ZipEntry, number> {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const ends = new Map<ZipEntry, number>();
  sorted.forEach((e, i) => {
    const next = sorted[i + 1];
    if (next?.localOffset === e.localOffset)
      throw new PackError('corrupt-zip', 'overlapping entries');
    ends.set(e, next ? next.localOffset : cdOffset);
  });
  return ends;
}

async function checkTags(
  layout: PackLayout,
  extract: Extract,
  limits: ReadLimits,
): Promise<BagExpectations> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const texts = new Map<string, string>();
  const hashes = new Map<string, string>();
  for (const name of Object.values(TAG_FILES)) {
    const { bytes } = await extract(name, limits.maxTagFileBytes);
    try {
      texts.set(name, decoder.decode(bytes));
    } catch (e) {
      throw new PackError('not-a-bag', `${name}: not UTF-8`, { cause: e });
    }
    hashes.set(name, await sha256Hex(bytes));
  }
  const sizes = new Map([...layout.files].map(([p, e]) => [p, e.size]));
  const expect = readBagTags(
    {
      bagit: texts.get(TAG_FILES.bagit) ?? '',
      bagInfo: texts.get(TAG_FILES.bagInfo) ?? '',
      manifest: texts.get(TAG_FILES.manifest) ?? '',
      tagManifest: texts.get(TAG_FILES.tagManifest) ?? '',
    },
    sizes,
  );
  for (const [name, sha] of hashes) checkFileHash(expect, name, sha);
  return expect;
}

interface CheckedItem {
  sha256: string;
  size: number;
  head: Uint8Array;
  blob: Blob;
}

async function readPhotos(
  file: Blob,
  json: PackJson,
  extract: Extract,
  checkStored: (path: string, maxBytes: number) => Promise<CheckedSlice | undefined>,
  expect: BagExpectations,
  limits: ReadLimits,
  refused: ReadonlySet<string>,
): Promise<Map<string, Blob>> {
  const blobs = new Map<string, Blob>();
  for (const photo of json.photos) {
    // Never extracted, so never hashed: it is not brought in, and the report says so.
    if (refused.has(photo.id)) continue;
    const path = `data/${photo.file}`;
    const mime = photo.mime.toLowerCase();
    const item = await checkItem(file, path, mime, extract, checkStored, limits);
    checkFileHash(expect, path, item.sha256);
    // Every kind by the type of its bytes: the record's type, and one its kind may be stored as.
    if (!matchesRecordType(item.head, photo)) throw new PackError('bad-photo-type', photo.file);
    if (item.sha256 !== photo.sha256 || item.size !== photo.byteLength) {
      throw new PackError('checksum-mismatch', `${photo.file}: photo record`);
    }
    blobs.set(photo.id, item.blob);
  }
  return blobs;
}

/**
 * One item's bytes checked: a stored one (every photo and video this app writes) piece by
 * piece, staying a slice of the pack; an inflated one read whole into its own Blob.
 */
async function checkItem(
  file: Blob,
  path: string,
  mime: string,
  extract: Extract,
  checkStored: (path: string, maxBytes: number) => Promise<CheckedSlice | undefined>,
  limits: ReadLimits,
): Promise<CheckedItem> {
  const stored = await checkStored(path, limits.maxFileBytes);
  if (stored) {
    const { start, end } = stored.storedAt;
    return {
      sha256: stored.sha256,
      size: end - start,
      head: stored.head,
      blob: file.slice(start, end, mime),
    };
  }
  const { bytes } = await extract(path, limits.maxFileBytes);
  return {
    sha256: await sha256Hex(bytes),
    size: bytes.length,
    head: bytes.subarray(0, SNIFF_BYTES),
    blob: new Blob([bytes], { type: mime }),
  };
}

function makeReport(json: PackJson, layout: PackLayout, expect: BagExpectations): PackReadReport {
  let payloadBytes = 0;
  for (const path of expect.payload.keys()) payloadBytes += layout.files.get(path)?.size ?? 0;
  return {
    schemaVersion: json.schemaVersion,
    exportedAt: json.exportedAt,
    app: json.app,
    leftOut: json.leftOut,
    payloadFiles: expect.payload.size,
    payloadBytes,
    hasPdf: layout.files.has(`data/${PAYLOAD.pdf}`),
    bagInfo: Object.fromEntries([...expect.info.fields].map(([k, v]) => [k, [...v]])),
    ignoredFiles: layout.ignored,
    refusedPhotos: [],
  };
}
