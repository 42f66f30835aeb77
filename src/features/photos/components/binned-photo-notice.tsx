import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, Notice, useErrorText } from '@/components';
import { restorePhotos } from '@/db';

export interface BinnedPhoto {
  id: string;
  title: string;
  /** Counts each binning, so binning the same item again after Undo starts a fresh notice. */
  time: number;
}

/** "Put in the bin. Undo": an item moved to the bin from its dialog comes back in one tap. */
export function BinnedPhotoNotice({ bookId, item }: { bookId: string; item: BinnedPhoto }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [status, setStatus] = useState<'binned' | 'busy' | 'restored'>('binned');
  const [error, setError] = useState<string | null>(null);

  if (error) return <Notice tone="error">{error}</Notice>;
  if (status === 'restored') {
    return <Notice tone="success">{t('photoBin.restored', { title: item.title })}</Notice>;
  }
  const undo = async () => {
    setStatus('busy');
    try {
      await restorePhotos(bookId, [item.id]);
      setStatus('restored');
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Notice
      tone="success"
      actions={
        <Button variant="secondary" busy={status === 'busy'} onClick={() => void undo()}>
          {t('bin.undo')}
        </Button>
      }
    >
      {t('bin.binned', { title: item.title })}
    </Notice>
  );
}
