import { useCallback, useSyncExternalStore } from 'react';

import {
  cancelImport,
  dismissImport,
  importState,
  startImport,
  subscribeImports,
  type ImportRun,
  type ImportState,
} from '../lib/import-store';

export interface PhotoImport {
  state: ImportState;
  /** Starts an import; `run` replaces the usual split by type (the paper form's papers). */
  start: (files: File[], run?: ImportRun) => void;
  cancel: () => void;
  dismiss: () => void;
}

export function usePhotoImport(bookId: string): PhotoImport {
  const state = useSyncExternalStore(subscribeImports, () => importState(bookId));
  return {
    state,
    start: useCallback(
      (files: File[], run?: ImportRun) => {
        startImport(bookId, files, run);
      },
      [bookId],
    ),
    cancel: useCallback(() => {
      cancelImport(bookId);
    }, [bookId]),
    dismiss: useCallback(() => {
      dismissImport(bookId);
    }, [bookId]),
  };
}
