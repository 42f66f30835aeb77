import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';
import { useMediaUrl } from '@/hooks';

import { Notice } from './notice';

/**
 * A stored voice note played with the browser's own controls, from a URL that opens its sealed
 * pieces (`useMediaUrl`). A note that cannot be opened says why instead of staying silent.
 */
export function VoicePlayer({ item, label }: { item: Photo; label: string }) {
  const { t } = useTranslation();
  const { url, error } = useMediaUrl(item.bookId, item);
  if (error) {
    return (
      <Notice tone="warning">
        {error === 'damaged' ? t('voice.note.damaged') : t('voice.note.needsReload')}
      </Notice>
    );
  }
  return (
    // The child's own words: there is no text to caption them with.
    // eslint-disable-next-line jsx-a11y/media-has-caption
    <audio className="voice-player" src={url} controls preload="metadata" aria-label={label} />
  );
}
