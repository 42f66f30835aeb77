import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';
import { importPhotos } from '@/media/import-photos';

import type { SavedDrawing } from './drawing-canvas-dialog';
import { useErrorText } from './use-error-text';

export type DrawingSaveResult = { photo: Photo } | { error: string };

/**
 * Stores a drawing in a book through the photo pipeline (`kind: 'drawing'`): cleaned, given a
 * thumbnail and sealed like a photo, so it shows wherever photos show. Its prompt's title is its
 * title and caption; it is dated the day it was drawn. Never rejects: a failure is a translated
 * sentence, and nothing is half-stored (the import stores a picture whole or not at all).
 */
export function useSaveDrawing(
  bookId: string,
): (
  drawing: Pick<SavedDrawing, 'png' | 'title'>,
  entryIds?: string[],
) => Promise<DrawingSaveResult> {
  const { t } = useTranslation();
  const errorText = useErrorText();
  return useCallback(
    async ({ png, title }, entryIds = []) => {
      const now = new Date();
      const file = new File([png], 'drawing.png', { type: 'image/png' });
      try {
        const summary = await importPhotos(bookId, [file], {
          kind: 'drawing',
          details: {
            title,
            caption: title,
            entryIds,
            takenAt: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
          },
        });
        // The same drawing saved twice (a retry after an error) is the one already stored.
        const photo = summary.added[0] ?? summary.duplicates[0];
        if (photo) return { photo };
        const reason = summary.failed[0]?.reason ?? 'unknown';
        return { error: t('drawing.failed', { reason: t(`photos.failure.${reason}`) }) };
      } catch (e) {
        return { error: t('drawing.failed', { reason: errorText(e) }) };
      }
    },
    [bookId, errorText, t],
  );
}
