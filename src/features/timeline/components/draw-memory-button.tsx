import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { DrawingDialog, IconLabelButton, useErrorText, useSaveDrawing } from '@/components';
import { saveEntry } from '@/db';

import { useBookContext } from '../hooks/use-book-context';
import { entryPath } from '../lib/paths';
import { makeQuickEntry } from '../lib/quick-entry';

/**
 * "Tegn et minde": a drawing that is a memory of its own, a `memory` entry of this month titled
 * with the drawing's prompt ("Mit hjem") and holding the drawing. The drawing is stored first;
 * if the entry then cannot be saved, the drawing stays among the photos and the child is told.
 */
export function DrawMemoryButton() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { bookId, birth } = useBookContext();
  const saveDrawing = useSaveDrawing(bookId);
  const [open, setOpen] = useState(false);

  const save = async (drawing: { png: Blob; title: string }) => {
    const result = await saveDrawing(drawing);
    if ('error' in result) return result.error;
    const made = makeQuickEntry(
      { kind: 'memory', feeling: '', photoIds: [result.photo.id] },
      { bookId, now: new Date(), t },
    );
    if ('problem' in made) return t('drawing.entryFailed', { reason: t('errors.unknown') });
    // The prompt names the memory, as it names the drawing.
    const entry = { ...made.entry, title: drawing.title };
    try {
      await saveEntry(entry, birth);
    } catch (e) {
      return t('drawing.entryFailed', { reason: errorText(e) });
    }
    void navigate(entryPath(bookId, entry.id));
    return null;
  };

  return (
    <>
      <IconLabelButton
        icon="drawing"
        label={t('drawing.drawMemory')}
        className="draw-memory"
        textClassName="timeline-link-text"
        onClick={() => {
          setOpen(true);
        }}
      />
      {open ? (
        <DrawingDialog
          onSave={save}
          onClose={() => {
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}
