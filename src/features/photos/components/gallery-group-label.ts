import type { TFunction } from 'i18next';

import { mediaKindOf, type Photo } from '@/domain';
import { formatDuration } from '../lib/duration';
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

/** The length a tile shows: a clock for sound and video, pages for a paper. */
export function lengthText(t: TFunction, item: Photo): string | undefined {
  const kind = mediaKindOf(item);
  if ((kind === 'voice' || kind === 'video') && item.durationMs !== undefined)
    return formatDuration(item.durationMs);
  if (kind === 'paper' && item.pageCount !== undefined)
    return t('gallery.pages', { count: item.pageCount });
  return undefined;
}

/**
 * What an item is called for a screen reader (and a tile's caption): the child's words, or when
 * it was made. A photo is its caption alone, as before kinds; every other kind says what it is
 * ("Tegning: Mit hus"), and sound, video and papers add their length ("…, 0:42", "…, 3 sider").
 */
export function photoLabel(
  t: TFunction,
  photo: Photo,
  date = groupLabel(t, groupOf(photo)),
): string {
  const kind = mediaKindOf(photo);
  const words = (photo.title ?? '').trim() || (photo.caption ?? '').trim();
  const name =
    words === ''
      ? t(`gallery.of.${kind}`, { date })
      : kind === 'photo'
        ? words
        : t('gallery.named', { kind: t(`gallery.kind.${kind}`), name: words });
  const length = lengthText(t, photo);
  return length === undefined ? name : t('gallery.withLength', { name, length });
}
