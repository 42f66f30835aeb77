import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import { ProgressBar } from '@/components';
import type { Locale } from '@/domain';
import { useErrorText } from '@/components';
import { createSampleBook, type SampleProgress } from '../lib/create-sample';
import { workerPhotoMaker } from '../lib/sample-photos';

export function SampleBookButton({
  existingId,
  locale,
}: {
  existingId: string | undefined;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [progress, setProgress] = useState<SampleProgress | null>(null);
  const [error, setError] = useState<string | null>(null);

  if (existingId) {
    return (
      <Button variant="secondary" onClick={() => void navigate(`/book/${existingId}`)}>
        {t('shelf.openExistingSample')}
      </Button>
    );
  }

  const start = async () => {
    setError(null);
    setProgress({ done: 0, total: 1 });
    const maker = workerPhotoMaker();
    try {
      const id = await createSampleBook(locale, maker.make, setProgress);
      await navigate(`/book/${id}`);
    } catch (e) {
      setError(t('shelf.sampleFailed', { reason: errorText(e) }));
      setProgress(null);
    } finally {
      maker.dispose();
    }
  };

  return (
    <div className="sample-book">
      <Button variant="secondary" busy={progress !== null} onClick={() => void start()}>
        {t('shelf.openSample')}
      </Button>
      <p className="field-hint">{t('shelf.sampleExplain')}</p>
      {progress ? (
        <ProgressBar
          label={t('shelf.sampleProgress', { done: progress.done, total: progress.total })}
          value={progress.done}
          max={progress.total}
        />
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
