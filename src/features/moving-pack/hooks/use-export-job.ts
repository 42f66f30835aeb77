import { useCallback, useEffect, useRef, useState } from 'react';

import type { ExportChoices } from '@/pack';
import { useUnsavedWork } from '@/components';
import { requireKey } from '@/db';
import type { Locale } from '@/domain';
import type { ExportOutput, ExportResult } from '@/workers/pack-protocol';
import { runExport } from '../lib/export-client';

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'running'; step: 'pdf' | 'pack'; done: number; total: number }
  | { phase: 'done'; result: ExportResult }
  | { phase: 'failed'; error: unknown };

/** Runs one export at a time, with progress and a Stop that leaves nothing half-written. */
export function useExportJob(
  bookId: string,
  locale: Locale,
  onDone?: (result: ExportResult) => void,
) {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  // A reload (an update, the browser's) would stop the pack half-made: ask first meanwhile.
  useUnsavedWork(state.phase === 'running');
  const controller = useRef<AbortController | null>(null);
  const doneRef = useRef(onDone);
  useEffect(() => {
    doneRef.current = onDone;
  }, [onDone]);

  // Leaving the page stops an export in progress.
  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const start = useCallback(
    (output: ExportOutput, choices: ExportChoices) => {
      controller.current?.abort();
      const ac = new AbortController();
      controller.current = ac;
      setState({ phase: 'running', step: 'pdf', done: 0, total: 0 });
      let key: CryptoKey;
      try {
        key = requireKey(bookId);
      } catch (error) {
        setState({ phase: 'failed', error });
        return;
      }
      runExport({
        bookId,
        key,
        choices,
        locale,
        output,
        signal: ac.signal,
        onProgress: (step, done, total) => {
          if (!ac.signal.aborted) setState({ phase: 'running', step, done, total });
        },
      }).then(
        (result) => {
          if (controller.current !== ac) return;
          doneRef.current?.(result);
          setState({ phase: 'done', result });
        },
        (error: unknown) => {
          if (controller.current === ac) setState({ phase: 'failed', error });
        },
      );
    },
    [bookId, locale],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
  }, []);

  const reset = useCallback(() => {
    setState({ phase: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
