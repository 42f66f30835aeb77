import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';

import {
  getBookSummary,
  readDetails,
  storageStatus,
  type BookSummary,
  type StorageStatus,
} from '@/db';
import type { BookDetails } from '@/domain';

export function useSettingsBook(bookId: string): {
  summary?: BookSummary;
  details?: BookDetails;
} {
  const summary = useLiveQuery(() => getBookSummary(bookId), [bookId]);
  const details = useLiveQuery(() => readDetails(bookId), [bookId]);
  return { summary, details };
}

export function useStorageStatus(): StorageStatus | undefined {
  const [status, setStatus] = useState<StorageStatus>();
  useEffect(() => {
    let live = true;
    void storageStatus().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return status;
}
