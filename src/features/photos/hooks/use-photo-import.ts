import { useCallback, useSyncExternalStore } from 'react';

import {
  cancelImport,
  dismissImport,
  importState,
  startImport,
  subscribeImports,
  type ImportState,
} from '../lib/import-store';

export interface PhotoImport {
  state: ImportState;
  start: (files: File[]) => void;
  cancel: () => void;
  dismiss: () => void;
}

export function usePhotoImport(bookId: string): PhotoImport {
  const state = useSyncExternalStore(subscribeImports, () => importState(bookId));
  return {
    state,
    start: useCallback(
      (files: File[]) => {
        startImport(bookId, files);
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
