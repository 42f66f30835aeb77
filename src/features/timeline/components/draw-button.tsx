import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, DrawingDialog, NavIcon, Notice, useSaveDrawing } from '@/components';

import { useBookContext } from '../hooks/use-book-context';

export interface DrawButtonProps {
  /** The new drawing, to tick beside the entry's photos. */
  onAdded: (photoIds: string[]) => void;
}

/**
 * "Tegn", beside adding photos: the child draws, and the drawing is stored in the book (among
 * the photos, as a drawing) and ticked for the entry being written.
 */
export function DrawButton({ onAdded }: DrawButtonProps) {
  const { t } = useTranslation();
  const { bookId } = useBookContext();
  const saveDrawing = useSaveDrawing(bookId);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);

  return (
    <>
      <Button
        variant="secondary"
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
            onAdded([result.photo.id]);
            setSaved(true);
            return null;
          }}
        />
      ) : null}
    </>
  );
}
