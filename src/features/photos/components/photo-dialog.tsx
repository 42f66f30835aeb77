import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { ModalDialog } from '@/components';
import { Notice } from '@/components';
import type { Entry, Locale, Person, Photo } from '@/domain';
import { usePhotoPicture } from '@/hooks';

import { LinkedEntries } from './linked-entries';
import { PhotoDetailsForm } from './photo-details-form';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};

/** An ASCII file name that sorts by date: `livsbog-2019-07-14-<id>.jpg`. */
function downloadName(photo: Photo): string {
  const d = photo.takenAt;
  const date = [d?.year, d?.month, d?.day]
    .filter((n) => n !== undefined)
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const ext = EXTENSIONS[photo.mime] ?? 'jpg';
  return ['livsbog', date, photo.id.slice(0, 8)].filter(Boolean).join('-') + `.${ext}`;
}

/** One photo large, with everything the child can say and decide about it. */
export function PhotoDialog({
  photo,
  people,
  entries,
  locale,
  label,
  onClose,
}: {
  photo: Photo;
  /** The caption, or "Photo from July 2019" when there is none. */
  label: string;
  people: Person[];
  entries: Entry[];
  locale: Locale;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { url, damaged } = usePhotoPicture(photo, 'original');
  const linked = entries.filter((e) => e.photoIds.includes(photo.id));
  return (
    <ModalDialog labelledBy="photo-dialog-heading" className="photo-dialog" onClose={onClose}>
      <div className="photo-dialog-head">
        <h2 id="photo-dialog-heading">{t('photos.details.heading')}</h2>
        <Button variant="secondary" onClick={onClose}>
          {t('photos.details.close')}
        </Button>
      </div>
      <div className="photo-dialog-body">
        <div className="photo-dialog-picture">
          {url ? (
            <>
              <img src={url} alt={label} />
              {/* The child's own copy: the stored bytes, location already removed. */}
              <a className="btn btn-quiet" href={url} download={downloadName(photo)}>
                {t('photos.details.download')}
              </a>
            </>
          ) : damaged ? (
            // Only this photo: its words, people and links below still open and can be changed.
            <Notice tone="warning">{t('photos.details.damaged')}</Notice>
          ) : (
            <span className="gallery-placeholder" aria-hidden="true" />
          )}
        </div>
        <div>
          <PhotoDetailsForm key={photo.id} photo={photo} people={people} locale={locale} />
          <LinkedEntries bookId={photo.bookId} entries={linked} />
        </div>
      </div>
    </ModalDialog>
  );
}
