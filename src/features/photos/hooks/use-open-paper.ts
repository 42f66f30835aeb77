import { useState } from 'react';

import { useErrorText } from '@/components';
import { readMediaBlob, releaseObjectUrl, trackObjectUrl } from '@/db';
import type { Photo } from '@/domain';
import { downloadName } from '../lib/download-name';

/**
 * Opens a paper by handing the device its file: the sealed pieces are opened into memory (a paper
 * is at most MEDIA_LIMITS.paperBytes) and saved through a download link. Not a new tab or a frame:
 * the app's CSP has no frame-src for blob URLs, a blob tab inherits the app's CSP (which blocks the
 * browser's PDF viewer in some browsers), and a phone opens a saved PDF in its own viewer anyway.
 */
export function useOpenPaper(paper: Photo) {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const open = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const blob = await readMediaBlob(paper.bookId, paper);
      const url = trackObjectUrl(paper.bookId, blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = downloadName(paper);
      a.click();
      // The download has its own copy once started; the URL goes at the next lock at the latest.
      setTimeout(() => {
        releaseObjectUrl(paper.bookId, url);
      }, 60_000);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { open, busy, error };
}
