import { useTranslation } from 'react-i18next';

import { Button } from '../../../components/button';
import { ProgressBar } from '../../../components/progress-bar';

export function ImportProgress({
  done,
  total,
  cancelling,
  onCancel,
}: {
  done: number;
  total: number;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="import-progress">
      <ProgressBar label={t('photos.import.progress', { done, total })} value={done} max={total} />
      <p className="visually-hidden" aria-live="polite">
        {/* Announced in steps of ten, not for every photo. */}
        {t('photos.import.progress', { done: done - (done % 10), total })}
      </p>
      <Button variant="secondary" onClick={onCancel} busy={cancelling}>
        {cancelling ? t('photos.import.cancelling') : t('photos.import.cancel')}
      </Button>
    </div>
  );
}
