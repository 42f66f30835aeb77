import { useTranslation } from 'react-i18next';

import { ImportProgress } from '@/components';

export interface PackProgressProps {
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
export function PackProgress({ phase, done, total, cancelling, onCancel }: PackProgressProps) {
  const { t } = useTranslation();
  const saving = phase === 'save';
  const bar = {
    check: {
      label: t('packImport.progress.check', { percent: percent(done, total) }),
      announce: t('packImport.progress.check', { percent: percent(done, total, 25) }),
      value: done,
      max: total,
    },
    prepare: {
      label: t('packImport.progress.prepare'),
      announce: t('packImport.progress.prepare'),
      value: 0,
      max: 1,
    },
    seal: {
      label: t('packImport.progress.seal', { done, total }),
      // Every tenth photo, not every photo.
      announce: t('packImport.progress.seal', { done: done - (done % 10), total }),
      value: done,
      max: total,
    },
    save: {
      label: t('packImport.progress.save'),
      announce: t('packImport.progress.save'),
      value: done,
      max: total,
    },
  }[phase];
  return (
    <ImportProgress
      className="pack-progress"
      {...bar}
      hint={saving ? t('packImport.progress.saveHint') : undefined}
      cancelLabel={
        cancelling ? t('packImport.progress.cancelling') : t('packImport.progress.cancel')
      }
      cancelling={cancelling}
      canCancel={!saving}
      onCancel={onCancel}
    />
  );
}
