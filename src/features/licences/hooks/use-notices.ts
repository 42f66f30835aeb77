import { useCallback, useEffect, useState } from 'react';

import { fetchNotices, NoticesError, type Notices } from '../lib/notices';

export type NoticesState =
  | { state: 'loading' }
  | { state: 'ready'; notices: Notices }
  | { state: 'failed'; reason: NoticesError['reason'] };

/** Loads the notices once per visit of the page; `retry` loads them again. */
export function useNotices(load: () => Promise<Notices> = fetchNotices): {
  result: NoticesState;
  retry: () => void;
} {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<NoticesState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    load().then(
      (notices) => {
        if (live) setResult({ state: 'ready', notices });
      },
      (e: unknown) => {
        if (live)
          setResult({
            state: 'failed',
            reason: e instanceof NoticesError ? e.reason : 'unavailable',
          });
      },
    );
    return () => {
      live = false;
    };
  }, [load, attempt]);
  const retry = useCallback(() => {
    setResult({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { result, retry };
}
