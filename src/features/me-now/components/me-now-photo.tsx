import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Notice } from '../../../components/notice';
import { useErrorText } from '../../../components/use-error-text';
import { sha256Hex } from '../../../crypto/hash';
import { addPhotos, updateDetails } from '../../../db';
import { newId, nowIso } from '../../../domain/ids';
import type { MeNow, Photo } from '../../../domain/types';
import { usePhotoUrl } from '../hooks/use-photo-url';
import { NotAnImageError, reencodePhoto } from '../lib/reencode-photo';

/** "A photo of me now": re-encoded on the device, so no location or camera data is kept. */
export function MeNowPhoto({
  bookId,
  meNow,
  name,
}: {
  bookId: string;
  meNow: MeNow;
  name: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const url = usePhotoUrl(bookId, meNow.photoId, 'image/jpeg', 'original');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const made = await reencodePhoto(file);
      const bytes = new Uint8Array(await made.original.arrayBuffer());
      const now = nowIso();
      const photo: Photo = {
        id: newId(),
        bookId,
        mime: 'image/jpeg',
        width: made.width,
        height: made.height,
        byteLength: bytes.byteLength,
        sha256: await sha256Hex(bytes),
        personIds: [],
        entryIds: [],
        createdAt: now,
        updatedAt: now,
      };
      await addPhotos(bookId, [
        { photo, original: made.original, thumb: made.thumb, sortKey: `~${now}${photo.id}` },
      ]);
      await updateDetails(bookId, { meNow: { ...meNow, photoId: photo.id } });
    } catch (e) {
      setError(
        t('meNow.photoFailed', {
          reason: e instanceof NotAnImageError ? t('meNow.notAnImage') : errorText(e),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="me-now-photo" aria-labelledby="me-now-photo-heading">
      <h2 id="me-now-photo-heading">{t('meNow.photo')}</h2>
      {url ? (
        <img src={url} alt={t('meNow.photoAlt', { name })} className="me-now-portrait" />
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
    </section>
  );
}
