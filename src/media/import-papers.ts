/// <reference types="vite/client" />
import { addMedia } from '@/db';

import { storedMedia, underImportNote } from './import-note';
import { importPhotos } from './import-photos';
import type { ImportOptions } from './import-types';
import type { PaperCleanOutcome, PaperCleanReply } from './paper/paper-protocol';
import { runPaperImport, type PaperImportSummary, type PaperMeta } from './paper/run-paper-import';

export type { ImportOptions, ImportProgress } from './import-types';
export { PAPER_FAILURES, type PaperFailure } from './paper/paper-failure';
export {
  paperMetaProblem,
  type PaperImportSummary,
  type PaperMeta,
} from './paper/run-paper-import';

const CRASHED: PaperCleanOutcome = { ok: false, reason: 'unknown' };

/**
 * The paper worker, started when the first PDF arrives (it brings pdf-lib), one PDF at a time.
 * A worker that dies (out of memory on a huge file) fails its PDF and is started again for the
 * next one.
 */
function paperCleaner() {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, (o: PaperCleanOutcome) => void>();
  const failAll = () => {
    for (const resolve of waiting.values()) resolve(CRASHED);
    waiting.clear();
  };
  const start = () => {
    const w = new Worker(new URL('../workers/paper-clean.worker.ts', import.meta.url), {
      type: 'module',
    });
    w.onmessage = (e: MessageEvent<PaperCleanReply>) => {
      const { id, ...outcome } = e.data;
      waiting.get(id)?.(outcome);
      waiting.delete(id);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      worker = undefined;
      failAll();
    };
    return w;
  };
  return {
    clean: (file: Blob) =>
      new Promise<PaperCleanOutcome>((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        (worker ??= start()).postMessage({ id, file });
      }),
    dispose: () => {
      worker?.terminate();
      worker = undefined;
      failAll();
    },
  };
}

/**
 * Imports papers into a book (a school report, a letter from mum, a certificate): PDFs are
 * cleaned of their metadata in a worker (or refused: script, actions, embedded files,
 * encryption, over 500 pages or 50 MB) and stored sealed in pieces; scans (JPEG, PNG, WebP, GIF,
 * HEIC) go through the photo pipeline. Every paper gets the title, date and giver in `meta` (no
 * title: each is called by its file's name). PDFs have no thumbnail (`thumbless`, with
 * `pageCount`); scans have one. Progress per file; aborting stops at once (papers already stored
 * stay). Never rejects for a bad file or bad details: each is named in `failed` with a reason,
 * `t('papers.failure.<reason>')`. Rejects only when the book cannot be read.
 */
export async function importPapers(
  bookId: string,
  files: File[],
  meta: PaperMeta,
  opts: Pick<ImportOptions, 'onProgress' | 'signal'> = {},
): Promise<PaperImportSummary> {
  const cleaner = paperCleaner();
  opts.signal?.addEventListener('abort', cleaner.dispose, { once: true });
  try {
    return await underImportNote(bookId, files, (journal) =>
      runPaperImport(bookId, files, meta, opts, {
        clean: cleaner.clean,
        importScans: importPhotos,
        store: addMedia,
        existing: storedMedia,
        journal,
      }),
    );
  } finally {
    opts.signal?.removeEventListener('abort', cleaner.dispose);
    cleaner.dispose();
  }
}
