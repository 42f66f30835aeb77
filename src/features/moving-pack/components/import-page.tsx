import './import-page.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components';
import { failureCode, leavePackImport, usePackImport } from '../hooks/use-pack-import';
import type { ImportWorkers } from '../lib/import-client';

import { PackProgress } from './pack-progress';
import { ImportContents } from './import-contents';
import { ImportDone } from './import-done';
import { ImportFailed } from './import-failed';
import { ImportPicker } from './import-picker';
import { ImportTargetForm } from './import-target-form';

/**
 * Bringing in a moving pack: choose or drop it, see what is in it once every check has passed,
 * choose a new book or a book to merge into, and read what came in. Nothing is written before
 * the last step, and that step is one transaction.
 */
export function ImportPage({ workers }: { workers?: ImportWorkers }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state, open, start, cancel, retry, reset } = usePackImport(workers);
  const heading = useRef<HTMLHeadingElement>(null);

  const title = {
    idle: t('packImport.steps.pick'),
    checking: t('packImport.steps.checking'),
    checked: t('packImport.steps.checked'),
    importing: t('packImport.steps.importing'),
    done: t('packImport.steps.done'),
    failed:
      state.step === 'failed' && failureCode(state.error) === 'cancelled'
        ? t('packImport.steps.cancelled')
        : t('packImport.steps.failed'),
  }[state.step];

  // Each step replaces the last: move focus to its heading so a screen reader hears where it is.
  useEffect(() => {
    heading.current?.focus();
  }, [state.step]);

  useEffect(() => leavePackImport, []);

  return (
    <div className="pack-import">
      <PageHeader title={t('packImport.title')} intro={t('packImport.intro')} />
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {state.step === 'idle' ? <ImportPicker onFile={open} /> : null}
      {state.step === 'checking' || state.step === 'importing' ? (
        <PackProgress
          phase={state.step === 'checking' ? 'check' : state.phase}
          done={state.done}
          total={state.total}
          cancelling={state.cancelling}
          onCancel={cancel}
        />
      ) : null}
      {state.step === 'checked' ? (
        <>
          <ImportContents contents={state.contents} fileName={state.fileName} />
          <ImportTargetForm contents={state.contents} onStart={start} onOtherFile={reset} />
        </>
      ) : null}
      {state.step === 'done' ? (
        <ImportDone
          target={state.target}
          outcome={state.outcome}
          fallbackName={state.contents.data.book.cover.nickname}
          refused={state.contents.report.refusedPhotos}
          onOpen={() => {
            const { bookId } = state.outcome;
            reset();
            void navigate(`/book/${bookId}`);
          }}
          onAnother={reset}
        />
      ) : null}
      {state.step === 'failed' ? (
        <ImportFailed
          error={state.error}
          canRetry={state.contents !== undefined}
          onRetry={retry}
          onOtherFile={reset}
        />
      ) : null}
    </div>
  );
}
