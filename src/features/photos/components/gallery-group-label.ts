import type { TFunction } from 'i18next';

import type { Photo } from '@/domain';
import { groupOf, type GalleryGroup } from '../lib/gallery-rows';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/** "juli 2019", "2019" or "ukendt tidspunkt", from the app's date strings. */
export function groupLabel(t: TFunction, group: GalleryGroup): string {
  if (group.year === undefined) return t('date.unknown');
  const month = MONTHS.find((m) => m === group.month);
  return month === undefined
    ? t('date.year', { year: group.year })
    : t('date.month', { month, year: group.year });
}

/** What a photo is called for a screen reader: the child's caption, or when it was taken. */
export function photoLabel(
  t: TFunction,
  photo: Photo,
  date = groupLabel(t, groupOf(photo)),
): string {
  const caption = (photo.caption ?? '').trim();
  return caption !== '' ? caption : t('photos.gallery.photoOf', { date });
}
