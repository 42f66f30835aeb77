import { useTranslation } from 'react-i18next';

import { LabelledSection, MediaPlayer } from '@/components';
import { mediaKindOf, type Photo } from '@/domain';

import { EntryThumb } from './entry-thumb';

/** The photos chosen for an entry, with the child's captions. */
export function EntryPhotos({ title, photos }: { title: string; photos: Photo[] }) {
  const { t } = useTranslation();
  return (
    <LabelledSection title={t('timeline.entry.photos')}>
      <ul className="tile-grid entry-photo-grid">
        {photos.map((p) => (
          <li key={p.id}>
            <figure>
              {/* Sound and video play here; every other kind shows its picture. */}
              {mediaKindOf(p) === 'voice' || mediaKindOf(p) === 'video' ? (
                <MediaPlayer item={p} label={p.title ?? p.caption ?? title} />
              ) : (
                <EntryThumb photo={p} alt={p.caption ?? t('timeline.photoOf', { title })} />
              )}
              {p.caption ? <figcaption>{p.caption}</figcaption> : null}
            </figure>
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
