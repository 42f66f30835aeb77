import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';

import { Button } from './button';
import { DrawingDialog } from './drawing-canvas-dialog';
import { useSaveDrawing } from './drawing-canvas-save';
import { NavIcon } from './nav-icon';
import { Notice } from './notice';

export interface DrawingButtonProps {
  bookId: string;
  /** The stored drawing (to tick it for an entry, say). */
  onSaved?: (drawing: Photo) => void;
}

/**
 * "Tegn": opens the drawing paper, stores the drawing in the book (among the photos, as a
 * drawing) and says so. Used beside adding photos, wherever that is.
 */
export function DrawingButton({ bookId, onSaved }: DrawingButtonProps) {
  const { t } = useTranslation();
  const saveDrawing = useSaveDrawing(bookId);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <Button
        variant="secondary"
        className="drawing-button"
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
      >
        <NavIcon name="drawing" />
        {t('drawing.open')}
      </Button>
      {saved ? <Notice tone="success">{t('drawing.saved')}</Notice> : null}
      {open ? (
        <DrawingDialog
          onClose={() => {
            setOpen(false);
          }}
          onSave={async (drawing) => {
            const result = await saveDrawing(drawing);
            if ('error' in result) return result.error;
            onSaved?.(result.photo);
            setSaved(true);
            return null;
          }}
        />
      ) : null}
    </>
  );
}
