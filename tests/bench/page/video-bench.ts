/**
 * Runs inside Chromium on a production build of this page (tests/bench/scenarios/media.mjs
 * builds it with the app's own vite.config.ts), so a video goes through the app's own paths as
 * the built app runs them: importVideos (sniff, clean, poster, addMedia), the moving pack's
 * export (runExport: the export worker asks the page for each sealed piece and streams the bag
 * into an OPFS file, as saving to a chosen file does) and the pack's import (checkPack in the
 * import worker, then importPack as a new book). The video is a file picked in the page's file
 * input (Playwright hands Chromium its path), so its bytes live on disk, as a user's pick does.
 */
import { createSHA256 } from 'hash-wasm';

import { generateRecoveryCode } from '../../../src/crypto/recovery-code';
import {
  bookKey,
  createBook,
  deleteBook,
  listPhotos,
  resetConnectionForTests,
} from '../../../src/db';
import type { Photo } from '../../../src/domain/types';
import { runExport } from '../../../src/features/moving-pack/lib/export-client';
import { checkPack, importPack } from '../../../src/features/moving-pack/lib/import-client';
import { importVideos } from '../../../src/media/import-videos';
import { DEFAULT_EXPORT_CHOICES, type PackContents } from '../../../src/pack';

const MB = 1024 * 1024;
const PACK_FILE = 'video-bench-pack.zip';
const SENTENCE = 'bench video bench video';

interface State {
  bookId: string;
  video?: Photo;
  contents?: PackContents;
  importedBookId?: string;
}

let state: State | undefined;

function log(text: string): void {
  console.log(`[video] ${text}`);
}

function current(): State {
  if (!state) throw new Error('seed() first');
  return state;
}

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

async function opfsHandle(create: boolean): Promise<FileSystemFileHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getFileHandle(PACK_FILE, { create });
}

async function seed(): Promise<void> {
  await cleanup();
  const bookId = await createBook({
    cover: { nickname: 'Bench', emoji: '⭐', colour: 'sun', locale: 'en', ageMode: 'teen' },
    sentence: SENTENCE,
    recoveryCode: generateRecoveryCode(),
  });
  state = { bookId };
}

export interface Timed {
  seconds: number;
  megabytes: number;
}

/** The picked file through importVideos; fails unless it is stored whole and cleaned. */
async function importVideo(): Promise<Timed & { posterDrawn: boolean }> {
  const s = current();
  const input = document.querySelector<HTMLInputElement>('#video-file');
  const file = input?.files?.[0];
  if (!file) throw new Error('no file picked');
  const t0 = performance.now();
  const summary = await importVideos(s.bookId, [file]);
  const elapsed = seconds(t0);
  const video = summary.added[0];
  if (!video || summary.failed.length > 0) throw new Error(`import: ${JSON.stringify(summary)}`);
  // The cleaner zeroes the place boxes in place: the stored video keeps the file's length.
  if (video.byteLength !== file.size) throw new Error(`stored ${video.byteLength} of ${file.size}`);
  s.video = video;
  log(`imported ${(file.size / MB).toFixed(1)} MB, poster ${video.thumbless ? 'none' : 'drawn'}`);
  return { seconds: elapsed, megabytes: file.size / MB, posterDrawn: !video.thumbless };
}

/** runExport of the book (the video, its poster, livsbog.json, index.html, the PDF) into OPFS. */
async function exportVideoPack(): Promise<Timed & { zipBytes: number }> {
  const s = current();
  const key = bookKey(s.bookId);
  if (!key || !s.video) throw new Error('importVideo() first');
  const handle = await opfsHandle(true);
  const t0 = performance.now();
  const result = await runExport({
    bookId: s.bookId,
    key,
    choices: DEFAULT_EXPORT_CHOICES,
    locale: 'en',
    output: { kind: 'pack', handle },
  });
  const elapsed = seconds(t0);
  if (result.kind !== 'saved') throw new Error(`export: ${result.kind}`);
  const { report } = result;
  if (report.photosWritten !== 1 || report.changedPhotos.length > 0) {
    throw new Error(`export: ${JSON.stringify(report)}`);
  }
  const zipBytes = (await handle.getFile()).size;
  return { seconds: elapsed, megabytes: s.video.byteLength / MB, zipBytes };
}

/** checkPack (the import worker reads and checks the whole pack) of the exported file. */
async function checkVideoPack(): Promise<Timed> {
  const s = current();
  const file = await (await opfsHandle(false)).getFile();
  const t0 = performance.now();
  s.contents = await checkPack(file);
  const elapsed = seconds(t0);
  if (s.contents.photoBlobs.size !== 1) throw new Error('the pack holds no video');
  return { seconds: elapsed, megabytes: file.size / MB };
}

/** SHA-256 of the video as the pack carries it (not measured): must be the stored video's. */
async function packVideoMatches(): Promise<boolean> {
  const s = current();
  const blob = [...(s.contents?.photoBlobs.values() ?? [])][0];
  if (!blob || !s.video) throw new Error('checkVideoPack() first');
  const hash = await createSHA256();
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    hash.update(value);
  }
  return blob.size === s.video.byteLength && hash.digest('hex') === s.video.sha256;
}

/** importPack of the checked pack as a new book: the video written again in sealed pieces. */
async function importVideoPack(): Promise<Timed> {
  const s = current();
  if (!s.contents || !s.video) throw new Error('checkVideoPack() first');
  const t0 = performance.now();
  const outcome = await importPack(s.contents, {
    kind: 'new',
    sentence: SENTENCE,
    recoveryCode: generateRecoveryCode(),
  });
  const elapsed = seconds(t0);
  s.importedBookId = outcome.bookId;
  const items = (await listPhotos(outcome.bookId)).items;
  if (items.length !== 1 || items[0]?.sha256 !== s.video.sha256) {
    throw new Error(`the imported book holds ${items.length} items, not the video`);
  }
  s.contents = undefined;
  return { seconds: elapsed, megabytes: s.video.byteLength / MB };
}

async function cleanup(): Promise<void> {
  if (state) {
    for (const id of [state.bookId, state.importedBookId]) {
      // A book a failed step left locked goes with the profile, which the scenario deletes.
      if (id) await deleteBook(id).catch(() => undefined);
    }
  }
  state = undefined;
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(PACK_FILE).catch(() => undefined);
  await resetConnectionForTests();
}

const bench = {
  seed,
  importVideo,
  exportVideoPack,
  checkVideoPack,
  packVideoMatches,
  importVideoPack,
  cleanup,
};

declare global {
  /** Defined by vite.config.ts; src/vite-env.d.ts declares it for the app's own typecheck. */
  const __APP_VERSION__: string;
  interface Window {
    livsbogVideoBench?: typeof bench;
  }
}

window.livsbogVideoBench = bench;
document.body.dataset.ready = 'true';
