import './import-page.css';

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { failureCode, leaveBundleImport, useBundleImport } from '../hooks/use-bundle-import';
import type { ImportWorkers } from '../lib/import-client';

import { BundleProgress } from './bundle-progress';
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
  const { state, open, start, cancel, retry, reset } = useBundleImport(workers);
  const heading = useRef<HTMLHeadingElement>(null);

  const title = {
    idle: t('handoverImport.steps.pick'),
    checking: t('handoverImport.steps.checking'),
    checked: t('handoverImport.steps.checked'),
    importing: t('handoverImport.steps.importing'),
    done: t('handoverImport.steps.done'),
    failed:
      state.step === 'failed' && failureCode(state.error) === 'cancelled'
        ? t('handoverImport.steps.cancelled')
        : t('handoverImport.steps.failed'),
  }[state.step];

  // Each step replaces the last: move focus to its heading so a screen reader hears where it is.
  useEffect(() => {
    heading.current?.focus();
  }, [state.step]);

  useEffect(() => leaveBundleImport, []);

  return (
    <div className="bundle-import">
      <h1>{t('handoverImport.title')}</h1>
      <p className="lead">{t('handoverImport.intro')}</p>
      <h2 ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {state.step === 'idle' ? <ImportPicker onFile={open} /> : null}
      {state.step === 'checking' || state.step === 'importing' ? (
        <BundleProgress
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
