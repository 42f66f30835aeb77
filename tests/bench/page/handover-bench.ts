/**
 * Runs inside Chromium, served by Vite's dev server, so the benchmark measures the app's real
 * export and import code (src/pack, src/crypto, src/db) rather than a copy of it.
 *
 * One book of sealed photos is seeded through the app's addPhotos; then the same photos are
 * zipped three ways, each written to a file in the origin private file system (OPFS) as saving
 * a file would, and the app's zip is read back with readPack. The scenario
 * (tests/bench/scenarios/handover.mjs) calls these one at a time and samples memory from Node.
 */
import { makeZip } from 'client-zip';
import JSZip from 'jszip';

import { exportPack, type ExportJobDeps, type SealedBytes } from '../../../src/pack/export-job';
import { readPack } from '../../../src/pack/read-pack';
import { DEFAULT_EXPORT_CHOICES } from '../../../src/pack/select';
import type { BookData } from '../../../src/pack/types';
import { sha256Hex } from '../../../src/crypto/hash';
import { cleanStoredPhoto } from '../../../src/media/clean-stored-photo';
import { drawPictures } from '../../../src/media/browser-codec';
import { generateRecoveryCode } from '../../../src/crypto/recovery-code';
import { openToBlob, seal } from '../../../src/crypto/seal';
import { createBook, DEFAULT_DETAILS, readDetails } from '../../../src/db/books-repo';
import { db, resetConnectionForTests } from '../../../src/db/connection';
import { addPhotos, photoBlobAad } from '../../../src/db/photos-repo';
import { filePhotoStore } from '../../../src/workers/pdf-photo-store';
import { scaleForPdf } from '../../../src/workers/scale-for-pdf';
import { bookKey } from '../../../src/db/session';
import { newId } from '../../../src/domain/ids';
import type { BookCover, Photo } from '../../../src/domain/types';

const MB = 1024 * 1024;
const APP_FILE = 'handover-app.zip';
const ALONE_FILE = 'handover-client-zip.zip';
const JSZIP_FILE = 'handover-jszip.zip';
const COVER: BookCover = {
  nickname: 'Bench',
  emoji: '⭐',
  colour: 'sun',
  locale: 'en',
  ageMode: 'teen',
};

interface Seeded {
  bookId: string;
  key: CryptoKey;
  photos: Photo[];
}

let seeded: Seeded | undefined;

function current(): Seeded {
  if (!seeded) throw new Error('seed() first');
  return seeded;
}

function log(message: string): void {
  console.log(`[handover] ${message}`);
}

const CAMERA_WIDTH = 4000;
const CAMERA_HEIGHT = 3000;
/** Quality that makes the 12 MP picture below about 3 MB, as a phone camera's photo is. */
const CAMERA_QUALITY = 0.85;
/** An extra quantisation table (DQT, table 3, which no component uses) that makes each photo unique. */
const MARK = [0xff, 0xdb, 0x00, 0x43, 0x03];
const MARK_VALUES = 64;

/**
 * One 12 MP camera-like JPEG, drawn and encoded once in the page: colour, shapes and a grain of
 * noise, so it decodes as a real photo does (the PDF's scaler draws it) and weighs about 3 MB.
 * It is cleaned once by the app's own cleaner, as the importer would, so the export's cleaning
 * leaves it byte for byte. Returns the bytes and where the marking table's values start.
 */
async function cameraPhoto(): Promise<{ bytes: Uint8Array<ArrayBuffer>; markAt: number }> {
  const canvas = new OffscreenCanvas(CAMERA_WIDTH, CAMERA_HEIGHT);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const sky = ctx.createLinearGradient(0, 0, CAMERA_WIDTH, CAMERA_HEIGHT);
  sky.addColorStop(0, '#3a6ea5');
  sky.addColorStop(0.5, '#f2c14e');
  sky.addColorStop(1, '#2d6a4f');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, CAMERA_WIDTH, CAMERA_HEIGHT);
  for (let i = 0; i < 400; i += 1) {
    ctx.fillStyle = `hsl(${String((i * 37) % 360)} 60% ${String(30 + (i % 40))}%)`;
    ctx.beginPath();
    ctx.arc((i * 971) % CAMERA_WIDTH, (i * 613) % CAMERA_HEIGHT, 20 + ((i * 7) % 200), 0, 7);
    ctx.fill();
  }
  // Sensor-like grain: without it the picture compresses to a fraction of a camera's bytes.
  const image = ctx.getImageData(0, 0, CAMERA_WIDTH, CAMERA_HEIGHT);
  const px = image.data;
  const grain = new Uint8Array(65536);
  for (let i = 0; i < px.length; i += 4) {
    if (i % 262144 === 0) crypto.getRandomValues(grain);
    const n = ((grain[(i >> 2) & 65535] ?? 0) & 31) - 16;
    px[i] = (px[i] ?? 0) + n;
    px[i + 1] = (px[i + 1] ?? 0) + n;
    px[i + 2] = (px[i + 2] ?? 0) + n;
  }
  ctx.putImageData(image, 0, 0);
  const jpeg = new Uint8Array(
    await (
      await canvas.convertToBlob({ type: 'image/jpeg', quality: CAMERA_QUALITY })
    ).arrayBuffer(),
  );
  const marked = new Uint8Array(jpeg.byteLength + MARK.length + MARK_VALUES);
  marked.set(jpeg.subarray(0, 2));
  marked.set(MARK, 2);
  marked.fill(1, 2 + MARK.length, 2 + MARK.length + MARK_VALUES);
  marked.set(jpeg.subarray(2), 2 + MARK.length + MARK_VALUES);
  const { bytes } = await cleanStoredPhoto(marked);
  const markAt = findMark(bytes);
  if (markAt < 0) throw new Error('the cleaner dropped the marking table');
  return { bytes, markAt: markAt + MARK.length };
}

function findMark(bytes: Uint8Array): number {
  for (let i = 0; i + MARK.length < bytes.byteLength; i += 1) {
    if (MARK.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

/** A copy of the camera photo whose unused table spells `n`: other bytes, the same picture. */
function uniquePhoto(camera: { bytes: Uint8Array; markAt: number }, n: number): Uint8Array {
  const out = camera.bytes.slice();
  // Values 1–255 in base 255, so no value is 0 (a decoder may refuse a 0 in a table).
  for (let k = 0, left = n; k < 8; k += 1, left = Math.floor(left / 255)) {
    out[camera.markAt + k] = 1 + (left % 255);
  }
  return out;
}

/** A 16×12 frame (SOF0, three components) and the end of the picture. */
const FRAME_AND_END = [
  0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x0c, 0x00, 0x10, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01,
  0x03, 0x11, 0x01, 0xff, 0xd9,
];

/**
 * `n` bytes of a JPEG whole in structure: the start, table segments (DQT) full of random bytes,
 * a frame and the end. They pass the reader's sniffing, do not compress, and come through the
 * export's metadata cleaner byte for byte (it keeps tables), as a real clean photo does. No
 * decoder would draw them: only the generated pack uses them, whose export draws no PDF photos.
 */
function photoBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 64 KiB per call.
  for (let i = 0; i < n; i += 65536) {
    crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  }
  out.set([0xff, 0xd8]);
  // Segments of at most 65,537 bytes (marker, length, 65,533 of data) fill what lies between.
  const body = n - 2 - FRAME_AND_END.length;
  const count = Math.ceil(body / 65537);
  let at = 2;
  for (let k = 0; k < count; k += 1) {
    const size = Math.floor(body / count) + (k < body % count ? 1 : 0);
    out.set([0xff, 0xdb, (size - 2) >> 8, (size - 2) & 0xff], at);
    at += size;
  }
  out.set(FRAME_AND_END, at);
  return out;
}

/** A small synthetic thumbnail: the export never draws it. */
function thumbBytes(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(n);
  crypto.getRandomValues(out);
  out.set([0xff, 0xd8]);
  return out;
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

export interface SeedResult {
  photos: number;
  photoBytes: number;
  seconds: number;
}

/**
 * The record of photo `i` of a bench book, as an import writes one: `bytes` declared a 12 MP JPEG,
 * dated by its number (a month of one of 15 years), linked to no memory or person. The seeded
 * book and the generated pack both describe their photos with it.
 */
async function benchPhoto(bookId: string, i: number, bytes: Uint8Array): Promise<Photo> {
  const now = new Date().toISOString();
  return {
    id: newId(),
    bookId,
    mime: 'image/jpeg',
    width: CAMERA_WIDTH,
    height: CAMERA_HEIGHT,
    byteLength: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    takenAt: { year: 2010 + (i % 15), month: 1 + (i % 12) },
    personIds: [],
    entryIds: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * A book with about `totalMB` of 12 MP camera photos (about 3 MB each, decodable, each with
 * other bytes), stored as the app stores them: sealed original and a small sealed thumbnail,
 * one addPhotos call per photo. `photoMB` is the size the scenario expects, for the log only.
 */
async function seed(totalMB: number, photoMB: number): Promise<SeedResult> {
  await cleanup();
  const t0 = performance.now();
  const camera = await cameraPhoto();
  log(
    `camera photo ${(camera.bytes.byteLength / MB).toFixed(2)} MB (about ${String(photoMB)} MB asked), made in ${seconds(t0).toFixed(1)} s`,
  );
  const bookId = await createBook({
    cover: COVER,
    sentence: 'bench bench bench bench',
    recoveryCode: generateRecoveryCode(),
  });
  const key = bookKey(bookId);
  if (!key) throw new Error('the new book is not unlocked');
  const photos: Photo[] = [];
  const count = Math.max(1, Math.round((totalMB * MB) / camera.bytes.byteLength));
  // The print copy the app's import makes (drawPictures), made once: every photo is the same
  // picture with other quantisation tables, so each one's print copy would look the same. What
  // the export does with it (read, open, write into the PDF) is per photo, as each is sealed apart.
  const { print } = await drawPictures(
    new Blob([camera.bytes], { type: 'image/jpeg' }),
    CAMERA_WIDTH,
    CAMERA_HEIGHT,
  );
  if (!print) throw new Error('the camera photo got no print copy');
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const bytes = uniquePhoto(camera, i);
    const photo = await benchPhoto(bookId, i, bytes);
    const thumb = new Blob([thumbBytes(16 * 1024)], { type: 'image/jpeg' });
    await addPhotos(bookId, [{ photo, original: bytes, thumb, print }]);
    photos.push(photo);
    total += bytes.byteLength;
    if (photos.length % 100 === 0)
      log(`seeded ${String(photos.length)} photos, ${(total / MB).toFixed(0)} MB`);
  }
  seeded = { bookId, key, photos };
  return { photos: photos.length, photoBytes: total, seconds: seconds(t0) };
}

async function opfs(): Promise<FileSystemDirectoryHandle> {
  return navigator.storage.getDirectory();
}

async function removeFile(name: string): Promise<void> {
  try {
    await (await opfs()).removeEntry(name);
  } catch (e) {
    if (!(e instanceof DOMException && e.name === 'NotFoundError')) throw e;
  }
}

async function newWritable(name: string): Promise<FileSystemWritableFileStream> {
  const handle = await (await opfs()).getFileHandle(name, { create: true });
  return handle.createWritable();
}

/**
 * Where a zip stream goes: `opfs` writes it to a file in OPFS (as saving the export does),
 * `count` only counts its bytes, to tell the zip's own cost from the file's.
 */
export type Sink = 'opfs' | 'count';

async function sinkFor(sink: Sink, name: string): Promise<WritableStream<Uint8Array>> {
  if (sink === 'opfs') {
    await removeFile(name);
    return newWritable(name);
  }
  return new WritableStream<Uint8Array>();
}

function byteCounter(): { counter: TransformStream<Uint8Array, Uint8Array>; bytes: () => number } {
  let bytes = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { counter, bytes: () => bytes };
}

/** The sealed bytes of a photo, read from the blob row as the app stores it. */
async function readSealed(
  photoId: string,
  role: 'original' | 'thumb' | 'print',
): Promise<SealedBytes> {
  const { bookId } = current();
  const row = await db().blobs.get(`${photoId}:${role}`);
  if (row?.bookId !== bookId) throw new Error(`no ${role} for ${photoId}`);
  return { iv: row.iv, ct: row.ct, aad: photoBlobAad(bookId, photoId, role) };
}

/** Straight from IndexedDB and opened with the book's key: no hashing, nothing else. */
async function openedPhoto(photo: Photo): Promise<Blob> {
  const sealed = await readSealed(photo.id, 'original');
  const ct = await sealed.ct.arrayBuffer();
  return openToBlob(current().key, { iv: sealed.iv, ct }, sealed.aad, photo.mime);
}

async function fonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const get = async (name: string) => {
    const res = await fetch(`/fonts/atkinson-hyperlegible-${name}.ttf`);
    if (!res.ok) throw new Error(`font ${name}: ${String(res.status)}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const [regular, bold] = await Promise.all([get('regular'), get('bold')]);
  return { regular, bold };
}

export interface AppExportResult {
  /** From exportPack's call to the last byte written and the file closed. */
  seconds: number;
  zipBytes: number;
  photosWritten: number;
  /** Photos the writer found changed or could not read: must both be 0. */
  changedPhotos: number;
  unreadablePhotos: number;
  /**
   * Photos the PDF drew: from their stored print copy, or scaled by the app's scaler (a photo
   * with neither is a gap).
   */
  pdfPhotos: number;
  /** Of those, drawn from the stored print copy. */
  printCopies: number;
  /** Time inside the PDF's scaler per photo (decode, resize, encode), in ms. */
  scaleMsPerPhoto: number;
}

/** The app's scaler for the PDF, counted and timed. */
function timedScaler(): {
  scale: ExportJobDeps['scaleForPdf'];
  drawn: () => number;
  msPerPhoto: () => number;
} {
  let drawn = 0;
  let calls = 0;
  let ms = 0;
  const scale: ExportJobDeps['scaleForPdf'] = async (original, photo) => {
    const t0 = performance.now();
    try {
      const scaled = await scaleForPdf(original, photo);
      if (scaled) drawn += 1;
      return scaled;
    } finally {
      calls += 1;
      ms += performance.now() - t0;
    }
  };
  return { scale, drawn: () => drawn, msPerPhoto: () => (calls ? ms / calls : 0) };
}

/**
 * (a) The app's export: exportPack (the BagIt zip via client-zip with SHA-256 of every file,
 * each photo opened once for the zip and the PDF's scaler, the app's own scaler, which decodes
 * every photo to print size) streamed into an OPFS file (kept for importApp) or only counted.
 */
async function exportApp(sink: Sink): Promise<AppExportResult> {
  const { bookId, key, photos } = current();
  const data: BookData = {
    book: { id: bookId, cover: COVER, details: await readDetails(bookId) },
    entries: [],
    people: [],
    photos,
    snapshots: [],
  };
  const scaler = timedScaler();
  const printed = new Set<string>();
  const deps: ExportJobDeps = {
    readSealed: async (photoId, role) => {
      const sealed = await readSealed(photoId, role);
      if (role === 'print') printed.add(photoId);
      return sealed;
    },
    scaleForPdf: scaler.scale,
    pdfPhotoStore: filePhotoStore,
  };
  const input = {
    data,
    choices: DEFAULT_EXPORT_CHOICES,
    key,
    locale: 'en' as const,
    appVersion: '0.1.0',
    fonts: await fonts(),
  };
  const writable = await sinkFor(sink, APP_FILE);
  const t0 = performance.now();
  const writer = await exportPack(input, deps);
  await writer.stream.pipeTo(writable);
  const report = await writer.done;
  packPhotos = report.photosWritten;
  return {
    seconds: seconds(t0),
    zipBytes: report.zipBytes,
    photosWritten: report.photosWritten,
    changedPhotos: report.changedPhotos.length,
    unreadablePhotos: report.unreadablePhotos.length,
    pdfPhotos: printed.size + scaler.drawn(),
    printCopies: printed.size,
    scaleMsPerPhoto: scaler.msPerPhoto(),
  };
}

export interface ImportResult {
  seconds: number;
  zipBytes: number;
  photos: number;
}

/** Photos the zip in APP_FILE holds: set by exportApp and by generatePack. */
let packPhotos = 0;

/** How often a long step says how far it is, and how long without progress counts as stuck. */
const REPORT_MS = 15_000;
const STUCK_MS = 60_000;

/**
 * readPack's progress, logged every REPORT_MS (and once when nothing moved for STUCK_MS, with
 * the last bytes reached), so a run that stops shows where: before the first entry, in one
 * entry, or between entries. The 10 GB run stalled with nothing on the log to tell which.
 */
function importWatch(total: number): {
  onProgress: (done: number) => void;
  stop: () => void;
} {
  const t0 = performance.now();
  let done = 0;
  let entries = 0;
  let moved = t0;
  let saidStuck = false;
  const mb = (n: number) => (n / MB).toFixed(0);
  const timer = setInterval(() => {
    const now = performance.now();
    const rate = done / MB / ((now - t0) / 1000);
    log(
      `import: ${mb(done)} of ${mb(total)} MB, ${String(entries)} entries, ${rate.toFixed(1)} MB/s`,
    );
    if (now - moved > STUCK_MS && !saidStuck) {
      saidStuck = true;
      log(
        `import: no progress for ${String(Math.round((now - moved) / 1000))} s at ${String(done)}`,
      );
    }
  }, REPORT_MS);
  return {
    onProgress: (bytes) => {
      done = bytes;
      entries += 1;
      moved = performance.now();
      saidStuck = false;
    },
    stop: () => {
      clearInterval(timer);
    },
  };
}

/** (d) The import check: readPack over the app's zip, read back from its OPFS file. */
async function importApp(): Promise<ImportResult> {
  const handle = await (await opfs()).getFileHandle(APP_FILE);
  const file = await handle.getFile();
  log(`import: ${(file.size / MB).toFixed(0)} MB zip`);
  const watch = importWatch(file.size);
  const t0 = performance.now();
  let contents: Awaited<ReturnType<typeof readPack>>;
  try {
    contents = await readPack(file, { onProgress: watch.onProgress });
  } finally {
    watch.stop();
  }
  const elapsed = seconds(t0);
  const photos = contents.photoBlobs.size;
  if (photos !== packPhotos) throw new Error(`readPack found ${photos} photos of ${packPhotos}`);
  await removeFile(APP_FILE);
  return { seconds: elapsed, zipBytes: file.size, photos };
}

/** Photo i of a generated pack: the one random template with i written into its first table. */
function generatedPhoto(template: Uint8Array<ArrayBuffer>, i: number): Uint8Array<ArrayBuffer> {
  new DataView(template.buffer).setUint32(8, i);
  return template;
}

export interface GeneratedPack {
  photos: number;
  zipBytes: number;
  seconds: number;
}

/**
 * A pack of `totalMB` (rounded up to whole photos of `photoMB`) written by the app's exportPack
 * into APP_FILE without a book in IndexedDB: every photo is made again from one random template
 * (its number written into it, so no two are alike) and sealed as it is asked for. It sizes
 * what importApp reads beyond what a seeded book could hold (a 10 GB pack) in a fraction of the
 * time; the zip is the app's own, so readPack sees what it sees in the real hand-over.
 */
async function generatePack(totalMB: number, photoMB: number): Promise<GeneratedPack> {
  await cleanup();
  const t0 = performance.now();
  const count = Math.ceil(totalMB / photoMB);
  const template = photoBytes(photoMB * MB);
  const bookId = newId();
  const photos: Photo[] = [];
  const index = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const photo = await benchPhoto(bookId, i, generatedPhoto(template, i));
    photos.push(photo);
    index.set(photo.id, i);
  }
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  let asked = 0;
  let said = t0;
  const readGenerated = async (photoId: string): Promise<SealedBytes> => {
    const i = index.get(photoId);
    if (i === undefined) throw new Error(`no photo ${photoId}`);
    asked += 1;
    if (performance.now() - said > REPORT_MS) {
      said = performance.now();
      log(
        `generatePack: ${String(asked)} of ${String(count)} photos in ${seconds(t0).toFixed(0)} s`,
      );
    }
    const aad = `bench:${photoId}`;
    const sealed = await seal(key, generatedPhoto(template, i), aad);
    return { iv: sealed.iv, ct: new Blob([sealed.ct]), aad };
  };
  const data: BookData = {
    book: { id: bookId, cover: COVER, details: DEFAULT_DETAILS },
    entries: [],
    people: [],
    photos,
    snapshots: [],
  };
  const writer = await exportPack(
    {
      data,
      choices: DEFAULT_EXPORT_CHOICES,
      key,
      locale: 'en',
      appVersion: '0.1.0',
      fonts: await fonts(),
    },
    { readSealed: readGenerated, scaleForPdf: () => Promise.resolve(null) },
  );
  await writer.stream.pipeTo(await sinkFor('opfs', APP_FILE));
  const report = await writer.done;
  if (report.photosWritten !== count) throw new Error(`generatePack: ${JSON.stringify(report)}`);
  packPhotos = count;
  return { photos: count, zipBytes: report.zipBytes, seconds: seconds(t0) };
}

export interface ZipResult {
  seconds: number;
  zipBytes: number;
}

/** (b) client-zip alone: the same photos opened from IndexedDB into makeZip, into the sink. */
async function zipAlone(sink: Sink): Promise<ZipResult> {
  const { photos } = current();
  const writable = await sinkFor(sink, ALONE_FILE);
  const lastModified = new Date();
  const t0 = performance.now();
  async function* files() {
    for (const photo of photos) {
      yield { name: `media/${photo.id}.jpg`, input: await openedPhoto(photo), lastModified };
    }
  }
  const { counter, bytes } = byteCounter();
  await makeZip(files()).pipeThrough(counter).pipeTo(writable);
  const elapsed = seconds(t0);
  await removeFile(ALONE_FILE);
  return { seconds: elapsed, zipBytes: bytes() };
}

export type JszipResult =
  | {
      ok: true;
      /** Open every photo, generateAsync, write the Blob to OPFS: as (a) and (b) do. */
      seconds: number;
      /** generateAsync alone. */
      generateSeconds: number;
      zipBytes: number;
    }
  | { ok: false; stage: string; error: string };

/**
 * (c) The common approach: every photo opened into a Blob and added with `zip.file`, then
 * `generateAsync({ type: 'blob' })`, then the Blob written to OPFS. JSZip gathers the whole
 * zip in memory, so a large book may fail: the error is returned, not thrown.
 */
async function zipJszip(): Promise<JszipResult> {
  const { photos } = current();
  await removeFile(JSZIP_FILE);
  let stage = 'open photos';
  try {
    const t0 = performance.now();
    let zip: JSZip | undefined = new JSZip();
    for (const photo of photos) {
      zip.file(`media/${photo.id}.jpg`, await openedPhoto(photo), { binary: true });
    }
    stage = 'generateAsync';
    const t1 = performance.now();
    const blob = await zip.generateAsync({ type: 'blob', compression: 'STORE' });
    const generateSeconds = seconds(t1);
    zip = undefined;
    stage = 'write to OPFS';
    const writable = await newWritable(JSZIP_FILE);
    await writable.write(blob);
    await writable.close();
    const elapsed = seconds(t0);
    await removeFile(JSZIP_FILE);
    return { ok: true, seconds: elapsed, generateSeconds, zipBytes: blob.size };
  } catch (e) {
    await removeFile(JSZIP_FILE).catch(() => undefined);
    return { ok: false, stage, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** Deletes the book's database and every benchmark file in OPFS. */
async function cleanup(): Promise<void> {
  seeded = undefined;
  packPhotos = 0;
  await resetConnectionForTests();
  for (const name of [APP_FILE, ALONE_FILE, JSZIP_FILE]) await removeFile(name);
}

const bench = { seed, exportApp, importApp, generatePack, zipAlone, zipJszip, cleanup };

declare global {
  interface Window {
    /** Its own name: storage-bench.ts declares `livsbogBench` with another type. */
    livsbogHandoverBench?: typeof bench;
  }
}

window.livsbogHandoverBench = bench;
document.body.dataset.ready = 'true';
