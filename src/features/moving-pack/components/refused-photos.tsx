import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import type { RefusedPhoto } from '@/pack';

/** Each kind's reasons are its own importer's texts. */
function failureKey(item: RefusedPhoto): string {
  switch (item.kind) {
    case 'video':
      return `video.failure.${item.reason}`;
    case 'paper':
      return `papers.failure.${item.reason}`;
    case 'voice':
      return `packMedia.voiceFailure.${item.reason}`;
    default:
      return `photos.failure.${item.reason}`;
  }
}

/**
 * The pack's items (every kind) that stay out, each by its file name in the pack and the photo importer's
 * reason, so the person holding the pack can find the file and knows why.
 */
export function RefusedPhotos({ photos }: { photos: readonly RefusedPhoto[] }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <LabelledSection
      title={t('packMedia.refused.heading', { count: photos.length })}
      level={3}
      className="pack-refused"
    >
      <p>{t('packMedia.refused.explain')}</p>
      <ul>
        {photos.map((p) => (
          <li key={p.id}>
            {t('packMedia.refused.line', {
              file: p.file,
              reason: t(failureKey(p), { defaultValue: t('photos.failure.unknown') }),
            })}
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
