import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { discardImport, dismissImport } from '@/db';
import { useInterruptedPhotoImports } from '../hooks/use-interrupted-imports';

import { InterruptedImportOutcome, type InterruptedOutcome } from './interrupted-import-outcome';

/**
 * Shown on every page of an open book when a photo import into it was cut off (the tab or the
 * browser died): how many photos it had saved, and the choice to remove them, so the book is
 * exactly as before, or to keep them. Either way the child can then choose the photos again.
 */
export function InterruptedImport({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const journals = useInterruptedPhotoImports(bookId);
  // Handled notes stay hidden even before the live query has caught up with the removal.
  const [handled, setHandled] = useState<ReadonlySet<string>>(() => new Set());
  const [outcome, setOutcome] = useState<InterruptedOutcome | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The buttons just pressed are gone: bring focus to what happened instead of losing it.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const journal = journals?.find((j) => !handled.has(j.id));

  if (journal) {
    const saved = journal.added.length;
    const settle = async (how: 'remove' | 'keep') => {
      setBusy(true);
      setError(undefined);
      try {
        if (how === 'remove') await discardImport(journal.id);
        else await dismissImport(journal.id);
        setHandled((before) => new Set(before).add(journal.id));
        setOutcome(saved === 0 ? 'nothing' : how === 'remove' ? 'removed' : 'kept');
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    };
    return (
      <Notice
        tone="warning"
        actions={
          saved === 0 ? (
            <Button variant="secondary" busy={busy} onClick={() => void settle('keep')}>
              {t('photos.interrupted.ok')}
            </Button>
          ) : (
            <>
              <Button variant="secondary" busy={busy} onClick={() => void settle('remove')}>
                {t('photos.interrupted.remove')}
              </Button>
              <Button variant="secondary" busy={busy} onClick={() => void settle('keep')}>
                {t('photos.interrupted.keep')}
              </Button>
            </>
          )
        }
      >
        <p>{t('photos.interrupted.text', { count: journal.total, saved })}</p>
        {error === undefined ? null : <p role="alert">{errorText(error)}</p>}
      </Notice>
    );
  }

  if (!outcome) return null;
  return (
    <InterruptedImportOutcome
      bookId={bookId}
      outcome={outcome}
      focusRef={outcomeRef}
      onClose={() => {
        setOutcome(undefined);
      }}
    />
  );
}
