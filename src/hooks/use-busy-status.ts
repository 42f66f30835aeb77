import { useState } from 'react';

import { useErrorText, type ChangeStatus } from '@/components';

/**
 * One busy state and one status for a section's changes: `busyRun` does a change and says how it
 * went, in the words given or, translated, what went wrong (nothing is changed then).
 */
export function useBusyStatus() {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ChangeStatus>(null);

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
