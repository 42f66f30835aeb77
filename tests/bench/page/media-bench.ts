/**
 * Runs inside Chromium, served by Vite's dev server, so the benchmark measures the app's real
 * chunked storage (src/db/media-repo.ts): a video-sized file stored through addMedia and read
 * back through openMediaStream. The file is written to the origin's private file system first
 * and handed over as the File `getFile()` returns, like a file the user picked: its bytes live
 * on disk, not in the page, so the memory rows show what storing and reading cost.
 */
import { generateRecoveryCode } from '../../../src/crypto/recovery-code';
import {
  addMedia,
  createBook,
  deleteBook,
  openMediaStream,
  resetConnectionForTests,
} from '../../../src/db';
import type { Photo } from '../../../src/domain/types';

const MB = 1024 * 1024;
const FILE_NAME = 'media-bench.mp4';

let state: { bookId: string; file: File; stored?: Photo } | undefined;

function log(text: string): void {
  console.log(`[media] ${text}`);
}

/** Random bytes (they do not compress, like video data), written 4 MiB at a time. */
async function writeFile(megabytes: number): Promise<File> {
  const root = await navigator.storage.getDirectory();
  const handle = await root.getFileHandle(FILE_NAME, { create: true });
  const writable = await handle.createWritable();
  const part = new Uint8Array(4 * MB);
  for (let written = 0; written < megabytes * MB; written += part.length) {
    for (let i = 0; i < part.length; i += 65536)
      crypto.getRandomValues(part.subarray(i, i + 65536));
    await writable.write(part.subarray(0, Math.min(part.length, megabytes * MB - written)));
  }
  await writable.close();
  return handle.getFile();
}

async function seed(megabytes: number): Promise<{ bytes: number }> {
  await resetConnectionForTests();
  const bookId = await createBook({
    cover: { nickname: 'Bench', emoji: '⭐', colour: 'sun', locale: 'en', ageMode: 'teen' },
    sentence: 'bench bench bench bench',
    recoveryCode: generateRecoveryCode(),
  });
  const file = await writeFile(megabytes);
  state = { bookId, file };
  log(`seeded ${file.size / MB} MB`);
  return { bytes: file.size };
}

function seeded(): NonNullable<typeof state> {
  if (!state) throw new Error('seed() first');
  return state;
}

/** addMedia of the whole file: MB/s of clear bytes (sealed, hashed, stored in 4 MiB pieces). */
async function store(): Promise<{ seconds: number; megabytes: number }> {
  const s = seeded();
  const now = new Date().toISOString();
  const item: Photo = {
    id: `video-${Date.now()}`,
    bookId: s.bookId,
    kind: 'video',
    mime: 'video/mp4',
    width: 1920,
    height: 1080,
    byteLength: 0,
    sha256: '',
    personIds: [],
    entryIds: [],
    createdAt: now,
    updatedAt: now,
  };
  const t0 = performance.now();
  s.stored = await addMedia(s.bookId, item, s.file);
  return { seconds: (performance.now() - t0) / 1000, megabytes: s.file.size / MB };
}

/** openMediaStream read to the end (every piece opened and checked), bytes only counted. */
async function readBack(): Promise<{ seconds: number; megabytes: number }> {
  const s = seeded();
  if (!s.stored) throw new Error('store() first');
  const t0 = performance.now();
  const reader = openMediaStream(s.bookId, s.stored).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
  }
  if (bytes !== s.stored.byteLength) throw new Error(`read ${bytes} of ${s.stored.byteLength}`);
  return { seconds: (performance.now() - t0) / 1000, megabytes: bytes / MB };
}

async function cleanup(): Promise<void> {
  if (state) await deleteBook(state.bookId);
  state = undefined;
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(FILE_NAME).catch(() => undefined);
  await resetConnectionForTests();
}

declare global {
  interface Window {
    livsbogMediaBench?: {
      seed: typeof seed;
      store: typeof store;
      readBack: typeof readBack;
      cleanup: typeof cleanup;
    };
  }
}

window.livsbogMediaBench = { seed, store, readBack, cleanup };
document.body.dataset.ready = 'true';
