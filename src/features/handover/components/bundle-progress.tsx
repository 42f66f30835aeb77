import { useTranslation } from 'react-i18next';

import { ImportProgress } from '@/components';

export interface BundleProgressProps {
  /** 'prepare': making a new book's key, before the first report. */
  phase: 'check' | 'prepare' | 'seal' | 'save';
  done: number;
  total: number;
  cancelling: boolean;
  onCancel: () => void;
}

/** Whole percent, rounded down to `step`: announcements move in big steps, the bar in small. */
function percent(done: number, total: number, step = 1): number {
  if (total <= 0) return 0;
  const p = Math.min(100, Math.floor((done / total) * 100));
  return p - (p % step);
}

/** The bar and the Stop button of both jobs. Saving is one transaction, so it has no Stop. */
export function BundleProgress({ phase, done, total, cancelling, onCancel }: BundleProgressProps) {
  const { t } = useTranslation();
  const saving = phase === 'save';
  const bar = {
    check: {
      label: t('handoverImport.progress.check', { percent: percent(done, total) }),
      announce: t('handoverImport.progress.check', { percent: percent(done, total, 25) }),
      value: done,
      max: total,
    },
    prepare: {
      label: t('handoverImport.progress.prepare'),
      announce: t('handoverImport.progress.prepare'),
      value: 0,
      max: 1,
    },
    seal: {
      label: t('handoverImport.progress.seal', { done, total }),
      // Every tenth photo, not every photo.
      announce: t('handoverImport.progress.seal', { done: done - (done % 10), total }),
      value: done,
      max: total,
    },
    save: {
      label: t('handoverImport.progress.save'),
      announce: t('handoverImport.progress.save'),
      value: done,
      max: total,
    },
  }[phase];
  return (
    <ImportProgress
      className="bundle-progress"
      {...bar}
      hint={saving ? t('handoverImport.progress.saveHint') : undefined}
      cancelLabel={
        cancelling ? t('handoverImport.progress.cancelling') : t('handoverImport.progress.cancel')
      }
      cancelling={cancelling}
      canCancel={!saving}
      onCancel={onCancel}
    />
  );
}
