import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ExportChoices } from '@/bundle';
import { bundleRootName } from '@/bundle';
import { Button } from '@/components';
import { Notice } from '@/components';
import { useByteText } from '@/components';
import { trackObjectUrl } from '@/db';
import type { Locale } from '@/domain';
import type { ExportResult } from '@/workers/handover-protocol';
import { useExportJob } from '../hooks/use-export-job';
import { isCancelled, useHandoverErrorText } from '../hooks/use-handover-error-text';
import { canPickSaveLocation, chooseSaveTarget, downloadUrl } from '../lib/save-file';

import { JobProgress } from './job-progress';

export interface BundleExportProps {
  bookId: string;
  nickname: string;
  locale: Locale;
  choices: ExportChoices;
  onRunning: (running: boolean) => void;
}

/** The moving pack: choose where (or download), build in a worker, say what was saved. */
export function BundleExport({ bookId, nickname, locale, choices, onRunning }: BundleExportProps) {
  const { t } = useTranslation();
  const bytes = useByteText();
  const errorText = useHandoverErrorText('export-failed');
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const onDone = useCallback(
    (result: ExportResult) => {
      if (result.kind !== 'blob') return;
      // Tracked, so locking the book revokes the URL with every other piece of book content.
      const url = trackObjectUrl(bookId, result.blob);
      setDownload({ url, name: result.report.fileName });
      downloadUrl(url, result.report.fileName);
    },
    [bookId],
  );
  const { state, start, cancel } = useExportJob(bookId, locale, onDone);
  const resultHeading = useRef<HTMLParagraphElement>(null);
  const running = state.phase === 'running';

  useEffect(() => {
    onRunning(running);
  }, [running, onRunning]);

  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed') resultHeading.current?.focus();
  }, [state.phase]);

  const make = async () => {
    setDownload(null);
    const target = await chooseSaveTarget(
      `${bundleRootName(nickname, new Date())}.zip`,
      t('handover.bundle.heading'),
    );
    if (!target) return;
    start(
      target.kind === 'handle' ? { kind: 'bundle', handle: target.handle } : { kind: 'bundle' },
      choices,
    );
  };

  return (
    <section aria-labelledby="handover-bundle" className="handover-section">
      <h2 id="handover-bundle">{t('handover.bundle.heading')}</h2>
      <p>{t('handover.bundle.explain')}</p>
      <p className="hint">
        {canPickSaveLocation() ? t('handover.bundle.saveAs') : t('handover.bundle.download')}
      </p>
      {running ? (
        <JobProgress
          label={t('handover.bundle.progressLabel')}
          step={state.step}
          done={state.done}
          total={state.total}
          onCancel={cancel}
        />
      ) : (
        <Button onClick={() => void make()}>{t('handover.bundle.make')}</Button>
      )}
      {state.phase === 'done' && state.result.kind !== 'pdf' ? (
        <div className="handover-result">
          <Notice tone="success">
            <p ref={resultHeading} tabIndex={-1}>
              {t(
                state.result.kind === 'saved'
                  ? 'handover.bundle.saved'
                  : 'handover.bundle.downloaded',
                {
                  name: state.result.report.fileName,
                  size: bytes(state.result.report.zipBytes),
                },
              )}
            </p>
            {state.result.report.unreadablePhotos.length > 0 ? (
              <p>
                {t('handover.bundle.unreadable', {
                  count: state.result.report.unreadablePhotos.length,
                })}
              </p>
            ) : null}
            <p>{t('handover.bundle.next')}</p>
          </Notice>
          {download ? (
            <a className="btn btn-secondary" href={download.url} download={download.name}>
              {t('handover.bundle.downloadAgain')}
            </a>
          ) : null}
        </div>
      ) : null}
      {state.phase === 'failed' ? (
        <Notice tone={isCancelled(state.error) ? 'info' : 'error'}>
          <p ref={resultHeading} tabIndex={-1}>
            {isCancelled(state.error) ? t('handover.bundle.cancelled') : errorText(state.error)}
          </p>
        </Notice>
      ) : null}
    </section>
  );
}
