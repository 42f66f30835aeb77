/**
 * Runs inside Chromium, served by Vite's dev server, so the benchmark measures the app's real
 * import pipeline (src/media, its workers and src/db) rather than a copy of it. The naive
 * pipeline beside it does what a first attempt would: decode, draw and re-encode on the main
 * thread, then store through the same addPhotos.
 */
import { liveQuery } from 'dexie';

import { generateRecoveryCode } from '../../../src/crypto/recovery-code';
import { sha256Hex } from '../../../src/crypto/hash';
import { createBook, deleteBook, requireKey } from '../../../src/db/books-repo';
import { addPhotos, listPhotos, photoBlobAad, type NewPhoto } from '../../../src/db/photos-repo';
import { newId, nowIso } from '../../../src/domain/ids';
import type { Photo } from '../../../src/domain/types';
import { importPhotos, type ImportSummary } from '../../../src/media/import-photos';
import { poolSize } from '../../../src/media/worker-pool';

import type { StageName, StageReply, StageRequest } from './photo-stages.worker';

interface RunResult {
  seconds: number;
  added: number;
  failed: number;
  duplicates: number;
  longestTaskMs: number;
  longTasks: number;
  /** The longest gap between two 10 ms timer ticks: what a tap would have waited for. */
  worstTimerLagMs: number;
  stored: number;
}

function files(): File[] {
  const input = document.querySelector<HTMLInputElement>('#files');
  return input?.files ? [...input.files] : [];
}

async function newBook(name: string): Promise<string> {
  return createBook({
    cover: { nickname: name, emoji: '⭐', colour: 'sun', locale: 'en', ageMode: 'teen' },
    sentence: 'bench bench bench bench',
    recoveryCode: generateRecoveryCode(),
  });
}

/** Long tasks and timer lag while `work` runs. */
async function observe(
  work: () => Promise<{ added: number; failed: number; duplicates: number }>,
  bookId: string,
): Promise<RunResult> {
  let longest = 0;
  let count = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      longest = Math.max(longest, e.duration);
      count += 1;
    }
  });
  observer.observe({ type: 'longtask' });
  let last = performance.now();
  let worstLag = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worstLag = Math.max(worstLag, now - last - 10);
    last = now;
  }, 10);
  const t0 = performance.now();
  const r = await work();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  observer.takeRecords().forEach((e) => {
    longest = Math.max(longest, e.duration);
    count += 1;
  });
  observer.disconnect();
  const stored = (await listPhotos(bookId)).items.length;
  return {
    seconds,
    ...r,
    longestTaskMs: longest,
    longTasks: count,
    worstTimerLagMs: worstLag,
    stored,
  };
}

/** How many workers the import uses for `count` files; the floor and the stages use as many. */
function workerCount(count: number): number {
  return Math.min(poolSize(), count);
}

async function workers(): Promise<
  RunResult & { summary: ImportSummary; galleryUpdates: number; photosAtFirstUpdate: number }
> {
  const bookId = await newBook('Workers');
  let summary: ImportSummary | undefined;
  // The gallery's own query (usePhotoList): it runs again after every stored batch, so the
  // gallery fills while the import runs, and its cost lands on this main thread as it would.
  let galleryUpdates = 0;
  let photosAtFirstUpdate = -1;
  let importing = false;
  const gallery = liveQuery(() => listPhotos(bookId)).subscribe((list) => {
    if (!importing || list.items.length === 0) return;
    galleryUpdates += 1;
    if (photosAtFirstUpdate < 0) photosAtFirstUpdate = list.items.length;
  });
  const result = await observe(async () => {
    importing = true;
    summary = await importPhotos(bookId, files());
    importing = false;
    return {
      added: summary.added.length,
      failed: summary.failed.length,
      duplicates: summary.duplicates.length,
    };
  }, bookId);
  gallery.unsubscribe();
  await deleteBook(bookId);
  if (!summary) throw new Error('no summary');
  return { ...result, summary, galleryUpdates, photosAtFirstUpdate };
}

/** Hands files to `count` workers, one file each at a time, until every file is done. */
async function inWorkers(
  url: URL,
  count: number,
  message: (file: File, id: number) => unknown,
  done: (reply: unknown) => void,
): Promise<number> {
  const all = files();
  const pool = Array.from({ length: count }, () => new Worker(url, { type: 'module' }));
  let next = 0;
  const t0 = performance.now();
  try {
    await Promise.all(
      pool.map(async (worker) => {
        for (;;) {
          const id = next;
          next += 1;
          const file = all[id];
          if (!file) return;
          const reply = await new Promise<unknown>((resolve, reject) => {
            worker.onmessage = (e: MessageEvent<unknown>) => {
              resolve(e.data);
            };
            worker.onerror = (e) => {
              reject(new Error(e.message));
            };
            worker.postMessage(message(file, id));
          });
          done(reply);
        }
      }),
    );
    return (performance.now() - t0) / 1000;
  } finally {
    for (const w of pool) w.terminate();
  }
}

/** The decode floor: the same files through `createImageBitmap` with resize alone. */
async function floor(): Promise<{ seconds: number; photos: number; workers: number }> {
  const count = workerCount(files().length);
  const seconds = await inWorkers(
    new URL('./photo-floor.worker.ts', import.meta.url),
    count,
    (file, id) => ({ id, file }),
    () => undefined,
  );
  return { seconds, photos: files().length, workers: count };
}

/**
 * Each stage's time per photo (ms): the import worker's stages timed one by one in as many
 * workers, then the transfer of the sealed parts to this page and their IndexedDB write in
 * batches of 8, as the import stores them.
 */
async function stages(): Promise<Record<StageName | 'transfer' | 'write', number>> {
  const bookId = await newBook('Stages');
  const key = requireKey(bookId);
  const sums: Record<string, number> = {};
  const add = (stage: string, ms: number) => {
    sums[stage] = (sums[stage] ?? 0) + ms;
  };
  let batch: NewPhoto[] = [];
  let writing = Promise.resolve();
  const write = (items: NewPhoto[]) => {
    writing = writing.then(async () => {
      const t0 = performance.now();
      await addPhotos(bookId, items);
      add('write', performance.now() - t0);
    });
  };
  await inWorkers(
    new URL('./photo-stages.worker.ts', import.meta.url),
    workerCount(files().length),
    (file) => {
      const id = newId();
      const req: StageRequest = {
        photoId: id,
        file,
        key,
        originalAad: photoBlobAad(bookId, id, 'original'),
        thumbAad: photoBlobAad(bookId, id, 'thumb'),
      };
      return req;
    },
    (reply) => {
      const r = reply as StageReply;
      add('transfer', performance.timeOrigin + performance.now() - r.sentAt);
      for (const [stage, ms] of Object.entries(r.ms)) add(stage, ms);
      const now = nowIso();
      const photo: Photo = {
        id: r.photoId,
        bookId,
        mime: 'image/jpeg',
        width: r.width,
        height: r.height,
        byteLength: r.byteLength,
        sha256: r.sha256,
        personIds: [],
        entryIds: [],
        createdAt: now,
        updatedAt: now,
      };
      batch.push({ photo, sealed: { original: r.original, thumb: r.thumb } });
      if (batch.length === 8) {
        write(batch);
        batch = [];
      }
    },
  );
  if (batch.length > 0) write(batch);
  await writing;
  await deleteBook(bookId);
  const n = files().length;
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / n])) as Record<
    StageName | 'transfer' | 'write',
    number
  >;
}

/**
 * The same measurements on an idle page: on a shared machine other processes make long tasks
 * too, and this row says how many of the import's are the machine's own.
 */
async function idle(seconds: number): Promise<RunResult> {
  const bookId = await newBook('Idle');
  const result = await observe(async () => {
    await new Promise((r) => setTimeout(r, seconds * 1000));
    return { added: 0, failed: 0, duplicates: 0 };
  }, bookId);
  await deleteBook(bookId);
  return result;
}

function canvasBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (b) => {
        if (b) resolve(b);
        else reject(new Error('toBlob failed'));
      },
      'image/jpeg',
      quality,
    );
  });
}

/** Decode, draw to a canvas and re-encode on the main thread, one photo after the other. */
async function naiveOne(bookId: string, file: File): Promise<void> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    const original = await canvasBlob(canvas, 0.92);
    const scale = 320 / Math.max(canvas.width, canvas.height);
    const thumbCanvas = document.createElement('canvas');
    thumbCanvas.width = Math.round(canvas.width * scale);
    thumbCanvas.height = Math.round(canvas.height * scale);
    thumbCanvas.getContext('2d')?.drawImage(img, 0, 0, thumbCanvas.width, thumbCanvas.height);
    const thumb = await canvasBlob(thumbCanvas, 0.8);
    const bytes = new Uint8Array(await original.arrayBuffer());
    const now = nowIso();
    const photo: Photo = {
      id: newId(),
      bookId,
      mime: 'image/jpeg',
      width: canvas.width,
      height: canvas.height,
      byteLength: bytes.byteLength,
      sha256: await sha256Hex(bytes),
      personIds: [],
      entryIds: [],
      createdAt: now,
      updatedAt: now,
    };
    await addPhotos(bookId, [{ photo, original, thumb }]);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function naive(): Promise<RunResult> {
  const bookId = await newBook('Naive');
  const result = await observe(async () => {
    let added = 0;
    let failed = 0;
    for (const f of files()) {
      try {
        await naiveOne(bookId, f);
        added += 1;
      } catch {
        failed += 1;
      }
    }
    return { added, failed, duplicates: 0 };
  }, bookId);
  await deleteBook(bookId);
  return result;
}

/** A 12-megapixel picture with soft shapes and grain, about as large as a phone photo. */
async function makeJpeg(seed: number, width: number, height: number): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const g = ctx.createLinearGradient(0, 0, width, height);
  g.addColorStop(0, `hsl(${(seed * 37) % 360}, 60%, 70%)`);
  g.addColorStop(1, `hsl(${(seed * 37 + 140) % 360}, 50%, 35%)`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  for (let i = 0; i < 60; i += 1) {
    ctx.fillStyle = `hsla(${(seed * 13 + i * 29) % 360}, 70%, 55%, 0.5)`;
    ctx.beginPath();
    ctx.arc(
      (i * 7919 + seed * 104729) % width,
      (i * 6271 + seed * 1299709) % height,
      80 + ((i * seed) % 400),
      0,
      Math.PI * 2,
    );
    ctx.fill();
  }
  // Grain: noise tiles, so the JPEG is as big as a camera's (a few MB), not a flat 300 kB.
  const tile = new ImageData(256, 256);
  for (let i = 0; i < tile.data.length; i += 4) {
    const v = (Math.random() * 160) | 0;
    tile.data.set([v, v, v, 96], i);
  }
  const tileCanvas = new OffscreenCanvas(256, 256);
  tileCanvas.getContext('2d')?.putImageData(tile, 0, 0);
  for (let y = 0; y < height; y += 256)
    for (let x = 0; x < width; x += 256) ctx.drawImage(tileCanvas, x, y);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

declare global {
  interface Window {
    livsbogPhotoBench?: {
      workers: typeof workers;
      floor: typeof floor;
      stages: typeof stages;
      naive: typeof naive;
      idle: typeof idle;
      makeJpeg: typeof makeJpeg;
    };
  }
}

window.livsbogPhotoBench = { workers, floor, stages, naive, idle, makeJpeg };
document.body.dataset.ready = 'true';
