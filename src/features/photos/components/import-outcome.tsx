import { useTranslation } from 'react-i18next';

import { Button, ImportProgress, Notice, useErrorText } from '@/components';
import type { ImportState } from '../lib/import-store';

import { ImportSummary } from './import-summary';

/** A running import's progress bar and Stop, then what happened, or why nothing could be done. */
export function ImportOutcome({
  state,
  onCancel,
  onDismiss,
}: {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return (
    <>
      {state.phase === 'running' ? (
        <ImportProgress
          className="import-progress"
          label={t('photos.import.progress', { done: state.done, total: state.total })}
          // Announced in steps of ten, not for every photo.
          announce={t('photos.import.progress', {
            done: state.done - (state.done % 10),
            total: state.total,
          })}
          value={state.done}
          max={state.total}
          cancelLabel={state.cancelling ? t('photos.import.cancelling') : t('photos.import.cancel')}
          cancelling={state.cancelling}
          onCancel={onCancel}
        />
      ) : null}
      {state.phase === 'finished' ? (
        <ImportSummary summary={state.summary} onDismiss={onDismiss} />
      ) : null}
      {state.phase === 'error' ? (
        <Notice
          tone="error"
          actions={
            <Button variant="quiet" onClick={onDismiss}>
              {t('photos.import.dismiss')}
            </Button>
          }
        >
          {t('photos.import.failedAll', { reason: errorText(state.error) })}
        </Notice>
      ) : null}
    </>
  );
}
