import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button, Notice } from '@/components';

export type InterruptedOutcome = 'removed' | 'kept' | 'nothing';

export interface InterruptedImportOutcomeProps {
  bookId: string;
  outcome: InterruptedOutcome;
  /** Takes the focus when shown: the buttons just pressed are gone. */
  focusRef: Ref<HTMLDivElement>;
  onClose: () => void;
}

/** What was done with an interrupted import's photos, and the way to choose them again. */
export function InterruptedImportOutcome({
  bookId,
  outcome,
  focusRef,
  onClose,
}: InterruptedImportOutcomeProps) {
  const { t } = useTranslation();
  return (
    <div ref={focusRef} tabIndex={-1} className="interrupted-import-outcome">
      <Notice
        tone="success"
        actions={
          <>
            <Link className="btn btn-secondary" to={`/book/${bookId}/photos`} onClick={onClose}>
              {t('photos.interrupted.chooseAgain')}
            </Link>
            <Button variant="quiet" onClick={onClose}>
              {t('photos.interrupted.close')}
            </Button>
          </>
        }
      >
        {outcome === 'removed'
          ? t('photos.interrupted.removed')
          : outcome === 'kept'
            ? t('photos.interrupted.kept')
            : t('photos.interrupted.nothingSaved')}
      </Notice>
    </div>
  );
}
