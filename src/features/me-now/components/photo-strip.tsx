import { useTranslation } from 'react-i18next';

import { LabelledSection } from '@/components';
import { usePhotos } from '../hooks/use-book';

import { PhotoThumb } from './photo-thumb';

const SHOWN = 24;

export function PhotoStrip({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  const photos = usePhotos(bookId);
  const shown = (photos?.items ?? []).filter((p) => !p.hidden).slice(-SHOWN);
  if (shown.length === 0) return null;
  return (
    <LabelledSection title={t('meNow.recentPhotos')} className="photo-strip">
      <ul className="tile-grid photo-grid">
        {shown.map((p, i) => (
          <li key={p.id}>
            {/* The caption shows beneath as a figcaption, so the alt text must not repeat it. */}
            <PhotoThumb photo={p} alt={t('meNow.photoOf', { n: i + 1 })} />
          </li>
        ))}
      </ul>
    </LabelledSection>
  );
}
