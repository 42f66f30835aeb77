import { useTranslation } from 'react-i18next';

import { UndoNotice } from '@/components';
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
  return (
    <UndoNotice
      text={t('bin.binned', { title: item.title })}
      undoneText={t('photoBin.restored', { title: item.title })}
      onUndo={() => restorePhotos(bookId, [item.id])}
    />
  );
}
