import { useRef, useState } from 'react';

import { useErrorText } from '@/components';
import { importPhotos, type ImportSummary } from '@/media/import-photos';

/**
 * One photo import at a time through the book's photo import; the photos it added, and those
 * already in the book, go to `onAdded`. `cancel` stops the running import.
 */
export function usePhotoDropImport(bookId: string, onAdded: (photoIds: string[]) => void) {
  const errorText = useErrorText();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async (files: File[]) => {
    if (files.length === 0 || abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setSummary(null);
    setError(null);
    setProgress({ done: 0, total: files.length });
    try {
      const result = await importPhotos(bookId, files, {
        onProgress: setProgress,
        signal: controller.signal,
      });
      onAdded([...result.added, ...result.duplicates].map((p) => p.id));
      setSummary(result);
    } catch (e) {
      setError(errorText(e));
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const cancel = () => {
    abort.current?.abort();
  };

  return { run, cancel, progress, summary, error };
}
