import { useState } from 'react';

import { useErrorText, type BinPageState, type BinStatus } from '@/components';

export interface BinActions<T> {
  restore: (item: T) => Promise<void>;
  remove: (item: T) => Promise<void>;
  /** What the page says once the item is back. */
  restored: (item: T) => string;
  /** What the page says once it is gone for good. */
  deleted: (item: T) => string;
}

/**
 * Putting back and deleting for good on a bin page: one item busy at a time, and one status that
 * says what happened or, translated, what went wrong (nothing is changed then).
 */
export function useBinActions<T extends { id: string }>(actions: BinActions<T>): BinPageState<T> {
  const errorText = useErrorText();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [status, setStatus] = useState<BinStatus>(null);

  const act = async (item: T, action: 'restore' | 'delete') => {
    setBusyId(item.id);
    setStatus(null);
    try {
      if (action === 'restore') await actions.restore(item);
      else await actions.remove(item);
      const text = action === 'restore' ? actions.restored(item) : actions.deleted(item);
      setStatus({ tone: 'success', text });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusyId(null);
    }
  };
  return { busyId, status, act };
}
