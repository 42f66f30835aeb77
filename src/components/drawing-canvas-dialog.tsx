import './drawing-canvas.css';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import { DrawingAsk } from './drawing-canvas-ask';
import { DrawingBoard } from './drawing-canvas-board';
import { DRAWING_PROMPTS, type DrawingPrompt } from './drawing-canvas-palette';
import { EmojiPicture } from './emoji-picture';
import { ModalDialog } from './modal-dialog';

export type { DrawingPrompt } from './drawing-canvas-palette';

export interface SavedDrawing {
  png: Blob;
  /** The prompt's title in the book's words ("Mit hjem"): the drawing's caption and title. */
  title: string;
  prompt: DrawingPrompt;
}

export interface DrawingDialogProps {
  /** Stores the drawing; resolves to a sentence saying what went wrong, or null once saved. */
  onSave: (drawing: SavedDrawing) => Promise<string | null>;
  onClose: () => void;
  /** Start drawing at once with this prompt instead of asking what to draw. */
  prompt?: DrawingPrompt;
}

/**
 * Drawing, on the whole screen: first what to draw ("Tegn dit hjem", "Tegn din familie", ...),
 * then the paper. Closing with something drawn asks first, also on Escape. Saved, it closes.
 */
export function DrawingDialog({ onSave, onClose, prompt: firstPrompt }: DrawingDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [prompt, setPrompt] = useState<DrawingPrompt | undefined>(firstPrompt);
  const [dirty, setDirty] = useState(false);
  const [leaving, setLeaving] = useState(false);

  const headRef = useRef<HTMLDivElement>(null);
  // Escape (or a phone's back gesture) asks the dialog to close: with a drawing on the paper,
  // ask the child instead. The browser's own request, so it is caught wherever the focus is.
  useEffect(() => {
    const dialog = headRef.current?.closest('dialog');
    if (!dialog || !dirty) return;
    const cancel = (e: Event) => {
      e.preventDefault();
      setLeaving(true);
    };
    dialog.addEventListener('cancel', cancel);
    return () => {
      dialog.removeEventListener('cancel', cancel);
    };
  }, [dirty]);

  const requestClose = () => {
    if (dirty) setLeaving(true);
    else onClose();
  };

  const save = useCallback(
    async (png: Blob) => {
      if (!prompt) return null;
      const failed = await onSave({ png, prompt, title: t(`drawing.prompts.${prompt}.title`) });
      if (failed === null) onClose();
      return failed;
    },
    [onClose, onSave, prompt, t],
  );

  return (
    <ModalDialog
      labelledBy={headingId}
      onClose={onClose}
      className="drawing-dialog dialog-full dialog-dim"
    >
      <div className="dialog-head drawing-dialog-head" ref={headRef}>
        <h2 id={headingId}>{prompt ? t(`drawing.prompts.${prompt}.ask`) : t('drawing.choose')}</h2>
        <Button variant="secondary" className="drawing-close" onClick={requestClose}>
          {t('drawing.close')}
        </Button>
      </div>
      {leaving ? (
        <DrawingAsk
          question={t('drawing.leaveAsk')}
          yes={t('drawing.leaveYes')}
          no={t('drawing.leaveNo')}
          onYes={onClose}
          onNo={() => {
            setLeaving(false);
          }}
        />
      ) : null}
      {prompt ? (
        <DrawingBoard onSave={save} onDirty={setDirty} />
      ) : (
        <ul className="drawing-prompts">
          {DRAWING_PROMPTS.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="drawing-prompt"
                onClick={() => {
                  setPrompt(p.id);
                }}
              >
                <EmojiPicture emoji={p.picture} size={48} />
                <span>{t(`drawing.prompts.${p.id}.ask`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
