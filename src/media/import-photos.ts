/// <reference types="vite/client" />
import { addPhotos } from '@/db';

import { lazyHeicConverter } from './heic-decoder';
import { storedMedia, underImportNote } from './import-note';
import type { ImportOptions, ImportSummary } from './import-types';
import { runImport } from './run-import';
import { poolSize, workerPool } from './worker-pool';

export type { ImportFailure, ImportOptions, ImportProgress, ImportSummary } from './import-types';

/**
 * Imports photos into a book: each file is checked, cleaned of location and other identifying
 * metadata, given a thumbnail in a pool of workers, deduplicated against the book and stored
 * sealed in batches. Progress is reported per file; aborting the signal stops at once (photos
 * already stored stay, nothing is half-stored). Never rejects for a bad file: the summary names
 * it with a reason (`t('photos.failure.<reason>')`). Rejects only when the book cannot be read.
 */
export async function importPhotos(
  bookId: string,
  files: File[],
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  const pool = workerPool(
    () =>
      new Worker(new URL('../workers/photo-import.worker.ts', import.meta.url), {
        type: 'module',
      }),
    Math.min(poolSize(), files.length),
  );
  // The HEIC worker loads libheif with importScripts, so the build starts it as a classic
  // worker; Vite's dev server can only serve workers as modules.
  const heic = lazyHeicConverter(() =>
    import.meta.env.DEV
      ? new Worker(new URL('../workers/heic-decode.worker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('../workers/heic-decode.worker.ts', import.meta.url)),
  );
  const stop = () => {
    pool.dispose();
    heic.dispose();
  };
  opts.signal?.addEventListener('abort', stop, { once: true });
  try {
    return await underImportNote(bookId, files, (journal) =>
      runImport(bookId, files, opts, {
        process: pool.process,
        concurrency: pool.size,
        convertHeic: heic.convert,
        store: (id, photos) => addPhotos(id, photos, { journal }),
        existing: storedMedia,
        sealInWorkers: true,
        // Fuller transactions, and the gallery re-reads its list about once a second at most.
        gatherMs: 750,
      }),
    );
  } finally {
    opts.signal?.removeEventListener('abort', stop);
    stop();
  }
}
