import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText } from '@/components';
import { binPhotos } from '@/db';
import type { Photo } from '@/domain';

import { photoLabel } from '../components/gallery-group-label';
import type { BinnedPhoto } from '../components/binned-photo-notice';

/**
 * Moving an item to the bin from its dialog: the dialog closes (the item is gone from the
 * gallery) and the page says what happened, with an undo. A failure keeps the dialog open.
 */
export function useBinItem(bookId: string, close: () => void) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [binned, setBinned] = useState<BinnedPhoto>();
  const [error, setError] = useState<string>();
  const times = useRef(0);
  const bin = useCallback(
    async (photo: Photo) => {
      setError(undefined);
      try {
        await binPhotos(bookId, [photo.id]);
        times.current += 1;
        setBinned({ id: photo.id, title: photoLabel(t, photo), time: times.current });
        close();
      } catch (e) {
        setBinned(undefined);
        setError(errorText(e));
      }
    },
    [bookId, close, errorText, t],
  );
  return { binned, error, bin };
}
