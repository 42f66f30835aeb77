import { useState } from 'react';

import { useErrorText } from '@/components';

export type Status = { tone: 'success' | 'error'; text: string } | null;

/** One busy state and one notice for a section's changes: `busyRun` does a change and says how it went. */
export function useBusyStatus() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const busyRun = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      setStatus({ tone: 'success', text: done });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return { busy, status, setStatus, busyRun };
}
