/**
 * The import flow as a state machine: idle → checking → checked → importing → done, with
 * failed reachable from both jobs. The state lives in a module store rather than in the page, so
 * a child who leaves to unlock the book to merge into finds the checked pack waiting on return.
 */
import { useCallback, useSyncExternalStore } from 'react';

import { isPackError, type PackContents } from '@/pack';
import { holdUnsavedWork } from '@/components';
import {
  checkPack,
  importPack,
  type ImportOutcome,
  type ImportPhase,
  type ImportTarget,
  type ImportWorkers,
} from '../lib/import-client';
import { PackFailure } from '../lib/worker-channel';

/** What the done screen needs of the target: never the secret sentence. */
export type DoneTarget = { kind: 'new'; recoveryCode: string } | { kind: 'merge' };

export type PackImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string; done: number; total: number; cancelling: boolean }
  | { step: 'checked'; fileName: string; contents: PackContents }
  | {
      step: 'importing';
      fileName: string;
      contents: PackContents;
      /** 'prepare' until the first progress report (making a new book's key takes a moment). */
      phase: ImportPhase | 'prepare';
      done: number;
      total: number;
      cancelling: boolean;
    }
  | {
      step: 'done';
      contents: PackContents;
      target: DoneTarget;
      outcome: ImportOutcome;
    }
  | {
      step: 'failed';
      fileName: string;
      error: unknown;
      /** Set when the pack had passed its check, so the child can try the import again. */
      contents?: PackContents;
    };

export type PackImportAction =
  | { type: 'check'; fileName: string }
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'checked'; contents: PackContents }
  | { type: 'import' }
  | { type: 'cancelling' }
  | { type: 'done'; target: DoneTarget; outcome: ImportOutcome }
  | { type: 'failed'; error: unknown }
  | { type: 'back' }
  | { type: 'reset' };

const IDLE: PackImportState = { step: 'idle' };

/** Pure: an action that does not fit the current step leaves the state as it is. */
export function reducePackImport(
  state: PackImportState,
  action: PackImportAction,
): PackImportState {
  switch (action.type) {
    case 'check':
      return state.step === 'checking' || state.step === 'importing'
        ? state
        : { step: 'checking', fileName: action.fileName, done: 0, total: 1, cancelling: false };
    case 'progress':
      if (state.step === 'checking' && action.phase === 'check') {
        return { ...state, done: action.done, total: action.total };
      }
      if (state.step === 'importing' && action.phase !== 'check') {
        return { ...state, phase: action.phase, done: action.done, total: action.total };
      }
      return state;
    case 'checked':
      return state.step === 'checking'
        ? { step: 'checked', fileName: state.fileName, contents: action.contents }
        : state;
    case 'import':
      return state.step === 'checked'
        ? { ...state, step: 'importing', phase: 'prepare', done: 0, total: 1, cancelling: false }
        : state;
    case 'cancelling':
      // The commit is one transaction: once saving has begun there is nothing to stop.
      if (state.step === 'checking') return { ...state, cancelling: true };
      if (state.step === 'importing' && state.phase !== 'save') {
        return { ...state, cancelling: true };
      }
      return state;
    case 'done':
      return state.step === 'importing'
        ? {
            step: 'done',
            contents: state.contents,
            target: action.target,
            outcome: action.outcome,
          }
        : state;
    case 'failed':
      if (state.step === 'checking') {
        return { step: 'failed', fileName: state.fileName, error: action.error };
      }
      if (state.step === 'importing') {
        return {
          step: 'failed',
          fileName: state.fileName,
          error: action.error,
          contents: state.contents,
        };
      }
      return state;
    case 'back':
      return state.step === 'failed' && state.contents
        ? { step: 'checked', fileName: state.fileName, contents: state.contents }
        : state;
    case 'reset':
      return state.step === 'checking' || state.step === 'importing' ? state : IDLE;
  }
}

/** The failure's code (a pack code, a worker code or 'cancelled'), if it has one. */
export function failureCode(error: unknown): string | undefined {
  if (error instanceof PackFailure || isPackError(error)) return error.code;
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  return undefined;
}

// ---- the store ------------------------------------------------------------------------------

let state: PackImportState = IDLE;
let job: { id: number; controller: AbortController } | undefined;
let jobCount = 0;
const listeners = new Set<() => void>();

/** Held while a pack is checked or brought in: a reload then would throw that work away. */
let releaseUnsaved: (() => void) | undefined;

function dispatch(action: PackImportAction): void {
  const next = reducePackImport(state, action);
  if (next === state) return;
  state = next;
  const running = state.step === 'checking' || state.step === 'importing';
  if (running) releaseUnsaved ??= holdUnsavedWork();
  else {
    releaseUnsaved?.();
    releaseUnsaved = undefined;
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function getState(): PackImportState {
  return state;
}

/** Starts a job; its reports count only while it is still the current one. */
function beginJob(): { signal: AbortSignal; report: (action: PackImportAction) => void } {
  const id = ++jobCount;
  const controller = new AbortController();
  job = { id, controller };
  return {
    signal: controller.signal,
    report: (action) => {
      if (job?.id !== id) return;
      if (action.type === 'done' || action.type === 'failed' || action.type === 'checked') {
        job = undefined;
      }
      dispatch(action);
    },
  };
}

/**
 * Settles as `work` does, or rejects as cancelled the moment the signal aborts. Checking writes
 * nothing, so it is safe to stop waiting for a checker that does not listen to the signal.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      reject(new PackFailure('cancelled'));
    };
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    void work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', stop);
    });
  });
}

export function openPack(file: File, workers?: ImportWorkers): void {
  if (state.step === 'checking' || state.step === 'importing') return;
  const { signal, report } = beginJob();
  dispatch({ type: 'check', fileName: file.name });
  const onProgress = (phase: ImportPhase, done: number, total: number) => {
    report({ type: 'progress', phase, done, total });
  };
  untilAborted(checkPack(file, { signal, onProgress, ...(workers ? { workers } : {}) }), signal)
    .then((contents) => {
      report({ type: 'checked', contents });
    })
    .catch((error: unknown) => {
      report({ type: 'failed', error });
    });
}

export function startImport(target: ImportTarget, workers?: ImportWorkers): void {
  if (state.step !== 'checked') return;
  const { contents } = state;
  const { signal, report } = beginJob();
  dispatch({ type: 'import' });
  const onProgress = (phase: ImportPhase, done: number, total: number) => {
    report({ type: 'progress', phase, done, total });
  };
  const done: DoneTarget =
    target.kind === 'new' ? { kind: 'new', recoveryCode: target.recoveryCode } : { kind: 'merge' };
  // No race here: "nothing was changed" may only be said once the import has really stopped.
  importPack(contents, target, { signal, onProgress, ...(workers ? { workers } : {}) })
    .then((outcome) => {
      report({ type: 'done', target: done, outcome });
    })
    .catch((error: unknown) => {
      report({ type: 'failed', error });
    });
}

export function cancelPackImport(): void {
  const before = state;
  dispatch({ type: 'cancelling' });
  // The reducer refuses once saving began; abort only when it accepted.
  if (state !== before) job?.controller.abort();
}

export function resetPackImport(): void {
  dispatch({ type: 'reset' });
}

/**
 * Leaving the page forgets a finished or failed import (a recovery code must not wait on a shared
 * tablet for the next visitor), but keeps a checked pack and any running job.
 */
export function leavePackImport(): void {
  if (state.step === 'done' || state.step === 'failed') dispatch({ type: 'reset' });
}

/** Back to the checked pack after a failed import, to try again or choose another target. */
export function retryPackImport(): void {
  dispatch({ type: 'back' });
}

/** Drops everything, a running job included (tests; and nothing else should need it). */
export function forgetPackImportForTests(): void {
  job?.controller.abort();
  job = undefined;
  state = IDLE;
  for (const l of listeners) l();
}

export interface PackImport {
  state: PackImportState;
  open: (file: File) => void;
  start: (target: ImportTarget) => void;
  cancel: () => void;
  retry: () => void;
  reset: () => void;
}

/** The import flow; `workers` replaces the real workers (tests: jsdom has none). */
export function usePackImport(workers?: ImportWorkers): PackImport {
  const current = useSyncExternalStore(subscribe, getState);
  return {
    state: current,
    open: useCallback(
      (file: File) => {
        openPack(file, workers);
      },
      [workers],
    ),
    start: useCallback(
      (target: ImportTarget) => {
        startImport(target, workers);
      },
      [workers],
    ),
    cancel: cancelPackImport,
    retry: retryPackImport,
    reset: resetPackImport,
  };
}
