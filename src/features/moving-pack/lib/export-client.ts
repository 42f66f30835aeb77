/**
 * Running an export: the book is read and opened here (records are small), then a worker draws
 * the PDF and streams the bag, asking for each photo's sealed bytes as it goes. A finished
 * pack is noted as the latest export (the reminder counts from it).
 */
import type { ExportChoices } from '@/pack';
import {
  mediaChunkAad,
  readBookContent,
  readSealedChunk,
  readSealedPhoto,
  recordExport,
} from '@/db';
import type { Locale } from '@/domain';
import type {
  ExportOutput,
  ExportResult,
  FromExportWorker,
  ToExportWorker,
} from '@/workers/pack-protocol';
import { PackFailure, workerJob } from './worker-channel';

export interface ExportRequest {
  bookId: string;
  key: CryptoKey;
  choices: ExportChoices;
  locale: Locale;
  output: ExportOutput;
  signal?: AbortSignal;
  onProgress?: (phase: 'pdf' | 'pack', done: number, total: number) => void;
}

/** A big item's sealed piece for the worker, with the additional data it was sealed with. */
async function readChunk(bookId: string, itemId: string, n: number) {
  const sealed = await readSealedChunk(bookId, itemId, n);
  return { ...sealed, aad: mediaChunkAad(bookId, itemId, n) };
}

export async function runExport(req: ExportRequest): Promise<ExportResult> {
  // Damaged records cannot be opened, so cannot go in; the review screen has said so.
  const { content } = await readBookContent(req.bookId);
  const job = workerJob<{ toWorker: ToExportWorker; fromWorker: FromExportWorker }, ExportResult>(
    () =>
      new Worker(new URL('../../../workers/pack-export.worker.ts', import.meta.url), {
        type: 'module',
      }),
    {
      ...(req.signal ? { signal: req.signal } : {}),
      cancelMessage: { type: 'cancel' },
      onMessage: (msg, post) => {
        if (msg.type === 'progress') req.onProgress?.(msg.phase, msg.done, msg.total);
        const read =
          msg.type === 'need-photo'
            ? readSealedPhoto(req.bookId, msg.photoId, msg.role)
            : msg.type === 'need-chunk'
              ? readChunk(req.bookId, msg.itemId, msg.n)
              : undefined;
        if (read && 'requestId' in msg) {
          read.then(
            (sealed) => {
              post({ type: 'photo', requestId: msg.requestId, sealed });
            },
            () => {
              post({ type: 'photo', requestId: msg.requestId, failed: true });
            },
          );
        }
        return msg.type === 'done' ? msg.result : undefined;
      },
    },
  );
  job.post({
    type: 'start',
    data: content,
    choices: req.choices,
    key: req.key,
    locale: req.locale,
    appVersion: __APP_VERSION__,
    output: req.output,
  });
  const result = await job.result;
  if (result.kind !== 'pdf') await recordExport(req.bookId);
  return result;
}

export { PackFailure };
