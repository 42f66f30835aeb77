import './media-player.css';

import { useTranslation } from 'react-i18next';

import type { Photo } from '@/domain';
import { useMediaUrl } from '@/hooks';

import { Button } from './button';
import { Notice } from './notice';

export interface MediaPlayerProps {
  item: Photo;
  /** What the player is called for a screen reader: the item's words, or what and when. */
  label: string;
  /** A video's poster frame, shown until it plays. */
  poster?: string;
  autoPlay?: boolean;
  className?: string;
}

/**
 * A voice note or a video, played with the browser's own controls from a URL that opens the
 * sealed pieces as they are needed (`useMediaUrl`). A file that cannot open in this tab (too big
 * without the service worker) asks for a reload; a damaged one says so; nothing fails silently.
 */
export function MediaPlayer({ item, label, poster, autoPlay, className }: MediaPlayerProps) {
  const { t } = useTranslation();
  const { url, error } = useMediaUrl(item.bookId, item);
  if (error === 'needs-reload')
    return (
      <Notice
        tone="warning"
        actions={
          <Button
            variant="secondary"
            onClick={() => {
              window.location.reload();
            }}
          >
            {t('gallery.player.reload')}
          </Button>
        }
      >
        {t('gallery.player.needsReload')}
      </Notice>
    );
  if (error === 'damaged') return <Notice tone="warning">{t('gallery.player.damaged')}</Notice>;
  if (!url) return <p role="status">{t('gallery.player.loading')}</p>;
  // A child's own recordings and home videos have no caption track to give; the caption the
  // child wrote is shown beside the player (and is its name here).
  return item.kind === 'video' ? (
    // eslint-disable-next-line jsx-a11y/media-has-caption
    <video
      className={className ?? 'media-player media-video'}
      src={url}
      poster={poster}
      controls
      autoPlay={autoPlay}
      playsInline
      preload="metadata"
      aria-label={label}
    />
  ) : (
    // eslint-disable-next-line jsx-a11y/media-has-caption
    <audio
      className={className ?? 'media-player media-audio'}
      src={url}
      controls
      autoPlay={autoPlay}
      preload="metadata"
      aria-label={label}
    />
  );
}
