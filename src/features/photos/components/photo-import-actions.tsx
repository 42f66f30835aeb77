import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, DrawingButton } from '@/components';

export interface PhotoImportActionsProps {
  bookId: string;
  /** The empty book's invitation holds "Choose photos" itself: the row leaves it out. */
  invite: boolean;
  running: boolean;
  paperOpen: boolean;
  onChoose: () => void;
  onFolder: () => void;
  onCamera: () => void;
  onPaper: () => void;
  /** What closes the row (the gallery's "Søg" on a wide screen). */
  extra?: ReactNode;
}

/**
 * Every way in, as one row (photos.css): photos and videos, a folder, the camera, a paper, a
 * drawing. It wraps whole buttons onto a next line where the screen is narrow.
 */
export function PhotoImportActions(p: PhotoImportActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions photo-actions">
      {p.invite ? null : (
        <Button onClick={p.onChoose} disabled={p.running}>
          {t('photos.import.choose')}
        </Button>
      )}
      <Button variant="secondary" disabled={p.running} onClick={p.onFolder}>
        {t('photos.import.chooseFolder')}
      </Button>
      <Button
        variant="secondary"
        className="camera-button"
        disabled={p.running}
        onClick={p.onCamera}
      >
        {t('photos.import.camera')}
      </Button>
      <Button
        variant="secondary"
        disabled={p.running}
        aria-expanded={p.paperOpen}
        onClick={p.onPaper}
      >
        {t('gallery.paperForm.open')}
      </Button>
      {/* A drawing made here is stored beside the photos, as a picture of its own. */}
      <DrawingButton bookId={p.bookId} />
      {p.extra}
    </div>
  );
}
