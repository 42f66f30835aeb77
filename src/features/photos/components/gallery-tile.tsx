import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';

/** One photo in the gallery: its thumbnail is decrypted only while the tile is on screen. */
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
  const { url, damaged } = usePhotoPicture(photo, 'thumb');
  return (
    <button
      type="button"
      className={`gallery-tile${photo.hidden ? ' is-hidden' : ''}`}
      data-photo-id={photo.id}
      onClick={() => {
        onOpen(photo);
      }}
    >
      {url ? (
        <img src={url} alt={label} draggable={false} />
      ) : (
        <span
          className={`gallery-placeholder${damaged ? ' is-damaged' : ''}`}
          role="img"
          aria-label={damaged ? t('photos.gallery.damagedLabel', { label }) : label}
        />
      )}
      {damaged ? (
        <span className="badge gallery-damaged" aria-hidden="true">
          {t('photos.gallery.damagedBadge')}
        </span>
      ) : null}
      {photo.hidden ? (
        <span className="badge gallery-hidden">{t('photos.gallery.hiddenBadge')}</span>
      ) : null}
    </button>
  );
}
