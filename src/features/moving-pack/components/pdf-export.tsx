import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ExportChoices } from '@/pack';
import { Button, LabelledSection } from '@/components';
import { ChoiceGroup } from '@/components';
import { Notice } from '@/components';
import type { Locale } from '@/domain';
import { useExportJob } from '../hooks/use-export-job';
import { isCancelled, usePackErrorText } from '../hooks/use-pack-error-text';

import { JobProgress } from './job-progress';
import { PdfFiles } from './pdf-files';

/** Part sizes in decimal bytes; 9.5 MB fits a citizen's 10 MB message in Digital Post. */
const SIZES = { dp: 9_500_000, s5: 5_000_000, s20: 20_000_000, whole: Infinity } as const;
type SizeChoice = keyof typeof SIZES;

export interface PdfExportProps {
  bookId: string;
  locale: Locale;
  choices: ExportChoices;
  onRunning: (running: boolean) => void;
}

/** "PDF for Digital Post": the book alone, split into numbered parts of a chosen size. */
export function PdfExport({ bookId, locale, choices, onRunning }: PdfExportProps) {
  const { t } = useTranslation();
  const errorText = usePackErrorText('export-failed');
  const { state, start, cancel } = useExportJob(bookId, locale);
  const [size, setSize] = useState<SizeChoice>('dp');
  const running = state.phase === 'running';
  useEffect(() => {
    onRunning(running);
  }, [running, onRunning]);

  return (
    <LabelledSection title={t('pack.pdf.heading')} className="pack-section">
      <p>{t('pack.pdf.explain')}</p>
      <ChoiceGroup<SizeChoice>
        legend={t('pack.pdf.partSize')}
        layout="list"
        value={size}
        onChange={setSize}
        choices={[
          { value: 'dp', label: t('pack.pdf.sizeDigitalPost') },
          { value: 's5', label: t('pack.pdf.size5') },
          { value: 's20', label: t('pack.pdf.size20') },
          { value: 'whole', label: t('pack.pdf.sizeWhole') },
        ]}
      />
      {running ? (
        <JobProgress
          label={t('pack.pdf.progressLabel')}
          step="pdf"
          done={state.done}
          total={state.total}
          onCancel={cancel}
        />
      ) : (
        <Button
          onClick={() => {
            start({ kind: 'pdf', maxPartBytes: SIZES[size] }, choices);
          }}
        >
          {t('pack.pdf.make')}
        </Button>
      )}
      {state.phase === 'done' && state.result.kind === 'pdf' ? (
        <PdfFiles bookId={bookId} result={state.result} />
      ) : null}
      {state.phase === 'failed' ? (
        <Notice tone={isCancelled(state.error) ? 'info' : 'error'}>{errorText(state.error)}</Notice>
      ) : null}
    </LabelledSection>
  );
}
