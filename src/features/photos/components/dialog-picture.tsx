import { useTranslation } from 'react-i18next';

import { Notice } from '@/components';
import type { Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';
import { downloadName } from '../lib/download-name';

/** A photo, a drawing or a scanned paper large, with "save a copy" of the stored bytes. */
export function DialogPicture({ photo, label }: { photo: Photo; label: string }) {
  const { t } = useTranslation();
  const { url, damaged } = usePhotoPicture(photo, 'original');
  if (url)
    return (
      <>
        <img src={url} alt={label} />
        {/* The child's own copy: the stored bytes, location already removed. */}
        <a className="btn btn-quiet" href={url} download={downloadName(photo)}>
          {t('photos.details.download')}
        </a>
      </>
    );
  // Only this item: its words, people and links beside it still open and can be changed.
  if (damaged) return <Notice tone="warning">{t('photos.details.damaged')}</Notice>;
  return <span className="gallery-placeholder" aria-hidden="true" />;
}
