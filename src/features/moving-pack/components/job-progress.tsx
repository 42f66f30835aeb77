import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { ProgressBar } from '@/components';
import { useByteText } from '@/components';

export interface JobProgressProps {
  label: string;
  step: 'pdf' | 'pack';
  done: number;
  total: number;
  onCancel: () => void;
}

/** The PDF counts photos; the packing counts bytes. Stop is always in reach. */
export function JobProgress({ label, step, done, total, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  const bytes = useByteText();
  const text =
    step === 'pdf'
      ? t('pack.zip.progressPdf', { done, total })
      : t('pack.zip.progressZip', { done: bytes(done), total: bytes(total) });
  return (
    <div className="job-progress">
      <ProgressBar label={label} value={done} max={Math.max(total, 1)} />
      <p aria-live="polite">{text}</p>
      <Button variant="secondary" onClick={onCancel}>
        {t('pack.zip.cancel')}
      </Button>
    </div>
  );
}
