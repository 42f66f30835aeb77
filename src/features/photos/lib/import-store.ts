import { holdUnsavedWork } from '@/components';
import { isUnlocked, subscribeSession } from '@/db';

import { APP_IMPORTS } from './import-routes';
import { importMixed, type MixedSummary, type PartOptions } from './mixed-import';

/** One import run over a batch: by default every kind of file to its own import. */
export type ImportRun = (bookId: string, files: File[], opts: PartOptions) => Promise<MixedSummary>;

const runMixed: ImportRun = (bookId, files, opts) => importMixed(bookId, files, opts, APP_IMPORTS);

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number; cancelling: boolean }
  | { phase: 'finished'; summary: MixedSummary }
  | { phase: 'error'; error: unknown };

const IDLE: ImportState = { phase: 'idle' };
const states = new Map<string, ImportState>();
const controllers = new Map<string, AbortController>();
const listeners = new Set<() => void>();

function set(bookId: string, state: ImportState): void {
  states.set(bookId, state);
  for (const l of listeners) l();
}

export function subscribeImports(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function importState(bookId: string): ImportState {
  return states.get(bookId) ?? IDLE;
}

/**
 * Starts an import that outlives the screen: a child may look at the timeline while a hundred
 * photos go in, and come back to see the progress or the summary. One import per book at a time.
 */
export function startImport(bookId: string, files: File[], run: ImportRun = runMixed): void {
  if (files.length === 0 || importState(bookId).phase === 'running') return;
  const controller = new AbortController();
  controllers.set(bookId, controller);
  set(bookId, { phase: 'running', done: 0, total: files.length, cancelling: false });
  // Locking stops the import at once: the workers, which hold the book's key, are ended.
  const unsubscribe = subscribeSession(() => {
    if (!isUnlocked(bookId)) controller.abort();
  });
  // A reload would stop the import half way: a tab that must reload asks first.
  const release = holdUnsavedWork();
  run(bookId, files, {
    signal: controller.signal,
    onProgress: ({ done, total }) => {
      const now = importState(bookId);
      if (now.phase === 'running') set(bookId, { ...now, done, total });
    },
  })
    .then(
      (summary) => {
        set(bookId, { phase: 'finished', summary });
      },
      (error: unknown) => {
        set(bookId, { phase: 'error', error });
      },
    )
    .finally(() => {
      release();
      unsubscribe();
      controllers.delete(bookId);
    });
}

export function cancelImport(bookId: string): void {
  const now = importState(bookId);
  if (now.phase !== 'running') return;
  set(bookId, { ...now, cancelling: true });
  controllers.get(bookId)?.abort();
}

export function dismissImport(bookId: string): void {
  if (importState(bookId).phase !== 'running') set(bookId, IDLE);
}
