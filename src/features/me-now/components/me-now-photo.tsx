import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { EmojiPicture, LabelledSection, Notice } from '@/components';
import { useErrorText } from '@/components';
import { StorageError } from '@/db';
import type { MeNow } from '@/domain';
import { importPhotos, type ImportFailure } from '@/media/import-photos';
import { usePhotoUrl } from '@/hooks';

import { saveMeNow } from '../lib/save-me-now';

/**
 * "A photo of me now", through the same import as the photos area (src/media): location and
 * camera data removed, full quality kept, stored once even if chosen again.
 */
export function MeNowPhoto({
  bookId,
  meNow,
  name,
  placeholder,
  photoInBook,
}: {
  bookId: string;
  meNow: MeNow;
  name: string;
  /** The book's picture, shown until a photo is chosen. */
  placeholder?: string;
  /** Whether the chosen photo is among the book's live photos (not in the bin, not gone). */
  photoInBook: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // The photo of me now is stored as a JPEG whatever it was chosen as.
  const url = usePhotoUrl(
    meNow.photoId && photoInBook ? { bookId, id: meNow.photoId, mime: 'image/jpeg' } : undefined,
    'original',
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Storage problems read as they do everywhere else in the app; picture problems say what to do.
  const failureText = (reason: ImportFailure | undefined) =>
    reason === 'storage-full'
      ? errorText(new StorageError('storage-full'))
      : reason === 'locked'
        ? errorText(new StorageError('book-locked'))
        : t(`photos.failure.${reason ?? 'unknown'}`);

  const choose = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const summary = await importPhotos(bookId, [file]);
      const photo = summary.added[0] ?? summary.duplicates[0];
      // Only the photo: a feeling or pictures tapped meanwhile stay as saved.
      if (photo) await saveMeNow(bookId, { photoId: photo.id });
      else setError(t('meNow.photoFailed', { reason: failureText(summary.failed[0]?.reason) }));
    } catch (e) {
      setError(t('meNow.photoFailed', { reason: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <LabelledSection
      className="me-now-photo"
      title={t('meNow.photo')}
      // The cover says whose photo it is; the heading stays for screen readers.
      headingClassName="visually-hidden"
    >
      {url ? (
        <img src={url} alt={t('meNow.photoAlt', { name })} className="me-now-portrait" />
      ) : placeholder ? (
        <span className="me-cover-placeholder" aria-hidden="true">
          <EmojiPicture emoji={placeholder} />
        </span>
      ) : null}
      <label className="btn btn-secondary file-button">
        <span>{meNow.photoId ? t('meNow.changePhoto') : t('meNow.choosePhoto')}</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          className="visually-hidden"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void choose(file);
          }}
        />
      </label>
      {busy ? <p role="status">{t('meNow.photoSaving')}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </LabelledSection>
  );
}
