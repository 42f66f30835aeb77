import { useTranslation } from 'react-i18next';

import { Button, Notice } from '@/components';
import { ModalDialog } from '@/components';
import { isPicture, mediaKindOf, type Entry, type Locale, type Person, type Photo } from '@/domain';

import { DialogMedia } from './dialog-media';
import { LinkedEntries } from './linked-entries';
import { PhotoDetailsForm } from './photo-details-form';
import { PhotoVoiceNotes } from './photo-voice-notes';

/** One item large (a photo, a drawing, a player, a paper), with all the child can say about it. */
export function PhotoDialog({
  photo,
  people,
  entries,
  locale,
  label,
  onClose,
  onBin,
  binError,
}: {
  photo: Photo;
  /** The caption, or "Photo from July 2019" when there is none. */
  label: string;
  people: Person[];
  entries: Entry[];
  locale: Locale;
  onClose: () => void;
  /** Moves the item to the bin (no question asked: it can be put back for 30 days). */
  onBin?: (photo: Photo) => void;
  /** Why moving it to the bin failed; the item stays as it was. */
  binError?: string;
}) {
  const { t } = useTranslation();
  const linked = entries.filter((e) => e.photoIds.includes(photo.id));
  return (
    <ModalDialog
      labelledBy="photo-dialog-heading"
      className="photo-dialog dialog-dim"
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id="photo-dialog-heading">{t(`gallery.details.heading.${mediaKindOf(photo)}`)}</h2>
        <Button variant="secondary" onClick={onClose}>
          {t('photos.details.close')}
        </Button>
      </div>
      <div className="photo-dialog-body">
        <div className="photo-dialog-picture">
          <DialogMedia item={photo} label={label} />
        </div>
        <div>
          <PhotoDetailsForm key={photo.id} photo={photo} people={people} locale={locale} />
          <LinkedEntries bookId={photo.bookId} entries={linked} />
          {/* The child's voice about a picture: it plays here and with the picture in the slideshow. */}
          {isPicture(mediaKindOf(photo)) && <PhotoVoiceNotes photo={photo} />}
          {onBin ? (
            <p className="photo-dialog-bin">
              <Button
                variant="secondary"
                onClick={() => {
                  onBin(photo);
                }}
              >
                {t('bin.toBin')}
              </Button>
            </p>
          ) : null}
          {binError ? <Notice tone="error">{binError}</Notice> : null}
        </div>
      </div>
    </ModalDialog>
  );
}
