import { useTranslation } from 'react-i18next';

import type { Photo } from '../../../domain/types';
import { usePhotoUrl } from '../hooks/use-photo-url';

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
  const url = usePhotoUrl(photo, 'thumb');
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
        <span className="gallery-placeholder" role="img" aria-label={label} />
      )}
      {photo.hidden ? (
        <span className="badge gallery-hidden">{t('photos.gallery.hiddenBadge')}</span>
      ) : null}
    </button>
  );
}
