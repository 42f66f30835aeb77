import { useTranslation } from 'react-i18next';

import type { RefusedPhoto } from '@/pack';

/**
 * The pack's photos that stay out, each by its file name in the pack and the photo importer's
 * reason, so the person holding the pack can find the file and knows why.
 */
export function RefusedPhotos({ photos }: { photos: readonly RefusedPhoto[] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <section className="pack-refused" aria-labelledby="pack-refused-heading">
      <h3 id="pack-refused-heading">{t('packMedia.refused.heading', { count: photos.length })}</h3>
      <p>{t('packMedia.refused.explain')}</p>
      <ul>
        {photos.map((p) => (
          <li key={p.id}>
            {t('packMedia.refused.line', {
              file: p.file,
              reason: t(`photos.failure.${p.reason}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
