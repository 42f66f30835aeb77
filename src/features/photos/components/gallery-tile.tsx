import { useTranslation } from 'react-i18next';

import { hasThumb, mediaKindOf, type Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';

import { lengthText } from './gallery-group-label';
import { TileMarks } from './tile-marks';
import { TilePicture } from './tile-picture';

/**
 * One item in the gallery: a photo or drawing, a video's poster, a paper's first page, or the
 * picture of a microphone for a voice note. Its thumbnail is decrypted only while it is on screen.
 */
export function GalleryTile({
  photo,
  label,
  onOpen,
}: {
  photo: Photo;
  label: string;
  onOpen: (photo: Photo) => void;
}) {
  const { t } = useTranslation();
  const kind = mediaKindOf(photo);
  // A voice note (or a paper whose first page could not be drawn) has no thumbnail to open.
  const { url, damaged } = usePhotoPicture(hasThumb(photo) ? photo : undefined, 'thumb');
  const words = (photo.title ?? '').trim() || (photo.caption ?? '').trim();
  return (
    <button
      type="button"
      className={`gallery-tile gallery-tile-${kind}${photo.hidden ? ' is-hidden' : ''}`}
      data-photo-id={photo.id}
      data-kind={kind}
      onClick={() => {
        onOpen(photo);
      }}
    >
      <TilePicture
        kind={kind}
        url={url}
        label={damaged ? t('photos.gallery.damagedLabel', { label }) : label}
        damaged={damaged}
        // Sound and thumbless papers show their words on the tile: there is no picture to see.
        words={url ? undefined : words || undefined}
      />
      <TileMarks
        kind={kind}
        length={lengthText(t, photo)}
        damaged={damaged}
        hidden={photo.hidden === true}
      />
    </button>
  );
}
