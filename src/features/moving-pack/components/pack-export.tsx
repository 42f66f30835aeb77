import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ExportChoices } from '@/pack';
import { packRootName } from '@/pack';
import { Button, LabelledSection } from '@/components';
import { Notice } from '@/components';
import { trackObjectUrl } from '@/db';
import type { Locale } from '@/domain';
import type { ExportResult } from '@/workers/pack-protocol';
import { useExportJob } from '../hooks/use-export-job';
import { isCancelled, usePackErrorText } from '../hooks/use-pack-error-text';
import { canPickSaveLocation, chooseSaveTarget, downloadUrl } from '../lib/save-file';

import { JobProgress } from './job-progress';
import { PackSaved } from './pack-saved';

export interface PackExportProps {
  bookId: string;
  nickname: string;
  locale: Locale;
  choices: ExportChoices;
  onRunning: (running: boolean) => void;
}

/** The moving pack: choose where (or download), build in a worker, say what was saved. */
export function PackExport({ bookId, nickname, locale, choices, onRunning }: PackExportProps) {
  const { t } = useTranslation();
  const errorText = usePackErrorText('export-failed');
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
      `${packRootName(nickname, new Date())}.zip`,
      t('pack.zip.heading'),
    );
    if (!target) return;
    start(
      target.kind === 'handle' ? { kind: 'pack', handle: target.handle } : { kind: 'pack' },
      choices,
    );
  };

  return (
    <LabelledSection title={t('pack.zip.heading')} className="pack-section">
      <p>{t('pack.zip.explain')}</p>
      <p className="hint">
        {canPickSaveLocation() ? t('pack.zip.saveAs') : t('pack.zip.download')}
      </p>
      {running ? (
        <JobProgress
          label={t('pack.zip.progressLabel')}
          step={state.step}
          done={state.done}
          total={state.total}
          onCancel={cancel}
        />
      ) : (
        <Button onClick={() => void make()}>{t('pack.zip.make')}</Button>
      )}
      {state.phase === 'done' && state.result.kind !== 'pdf' ? (
        <PackSaved result={state.result} download={download} headingRef={resultHeading} />
      ) : null}
      {state.phase === 'failed' ? (
        <Notice tone={isCancelled(state.error) ? 'info' : 'error'}>
          <p ref={resultHeading} tabIndex={-1}>
            {isCancelled(state.error) ? t('pack.zip.cancelled') : errorText(state.error)}
          </p>
        </Notice>
      ) : null}
    </LabelledSection>
  );
}
