import { useTranslation } from 'react-i18next';

import type { Person, Photo } from '@/domain';

import { useBookName, useBookPhotos } from './use-people';
import { usePortraitUrls } from './use-portrait-urls';

export interface PeopleDrawing {
  /** Undefined while loading; the page waits for it, as the portraits come from it. */
  photos: Photo[] | undefined;
  /** The name in the middle: the child's nickname, else "Me". */
  centreName: string;
  /** Thumbnail URLs of the drawn people's portraits, by person id. */
  portraits: ReadonlyMap<string, string>;
}

const NOBODY: readonly Person[] = [];

/**
 * What a drawing of the people needs besides the people themselves, the same for today's map, an
 * older map and the family tree: the book's photos, the name in the middle and the portraits.
 */
export function usePeopleDrawing(
  bookId: string,
  people: readonly Person[] | undefined,
): PeopleDrawing {
  const { t } = useTranslation();
  const photos = useBookPhotos(bookId);
  const centreName = useBookName(bookId) ?? t('people.me');
  const portraits = usePortraitUrls(bookId, people ?? NOBODY, photos);
  return { photos, centreName, portraits };
}
