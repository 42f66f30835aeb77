import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import { ProgressBar } from '@/components';
import type { Locale } from '@/domain';
import { useErrorText } from '@/components';
import type { SampleProgress } from '../lib/create-sample';

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
    let dispose: (() => void) | undefined;
    try {
      // The sample's texts, pictures and their worker load only when asked for, so the shelf's
      // first load stays small (they are precached, so this works offline too).
      const [{ createSampleBook }, { workerPhotoMaker }] = await Promise.all([
        import('../lib/create-sample'),
        import('../lib/sample-photos'),
      ]);
      const maker = workerPhotoMaker();
      dispose = maker.dispose;
      const id = await createSampleBook(locale, maker.make, setProgress);
      await navigate(`/book/${id}`);
    } catch (e) {
      setError(t('shelf.sampleFailed', { reason: errorText(e) }));
      setProgress(null);
    } finally {
      dispose?.();
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
