import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from './button';
import { Notice } from './notice';
import { useErrorText } from './use-error-text';

export interface UndoNoticeProps {
  /** What just happened, e.g. "“Beach” is in the bin." */
  text: string;
  /** What is said once Undo has worked. */
  undoneText: string;
  /** Takes it back; what it throws is shown, translated, in place of the notice. */
  onUndo: () => Promise<void>;
}

/** "Put in the bin. Undo": what was just binned (an entry, a photo) comes back in one tap. */
export function UndoNotice({ text, undoneText, onUndo }: UndoNoticeProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<'done' | 'busy' | 'undone'>('done');
  const [error, setError] = useState<string | null>(null);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (status === 'undone') return <Notice tone="success">{undoneText}</Notice>;
  const undo = async () => {
    setStatus('busy');
    try {
      await onUndo();
      setStatus('undone');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Notice
      tone="success"
      actions={
        <Button variant="secondary" busy={status === 'busy'} onClick={() => void undo()}>
          {t('bin.undo')}
        </Button>
      }
    >
      {text}
    </Notice>
  );
}
