import { useTranslation } from 'react-i18next';

import type { MediaKind } from '@/domain';

/**
 * The small marks on a tile: what kind it is (a drawing, a video with its play sign), its length,
 * and whether it is damaged or hidden. The tile's name already says all this to a screen reader.
 */
export function TileMarks({
  kind,
  length,
  damaged,
  hidden,
}: {
  kind: MediaKind;
  length?: string;
  damaged: boolean;
  hidden: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      {kind === 'video' ? (
        <span className="gallery-play" aria-hidden="true">
          ▶
        </span>
      ) : null}
      {kind === 'photo' ? null : (
        <span className="badge gallery-kind" aria-hidden="true">
          {t(`gallery.kind.${kind}`)}
          {length ? ` · ${length}` : ''}
        </span>
      )}
      {damaged ? (
        <span className="badge gallery-damaged" aria-hidden="true">
          {t('photos.gallery.damagedBadge')}
        </span>
      ) : null}
      {hidden ? (
        <span className="badge gallery-hidden">{t('photos.gallery.hiddenBadge')}</span>
      ) : null}
    </>
  );
}
