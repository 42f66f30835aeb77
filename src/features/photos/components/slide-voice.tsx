import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { MediaPlayer } from '@/components';
import type { Photo } from '@/domain';

/**
 * The voice note that belongs to the photo on screen: a big button, and after the tap the player,
 * already playing (a tap lets the browser play sound; nothing plays by surprise).
 */
export function SlideVoice({ voice }: { voice: Photo }) {
  const { t } = useTranslation();
  const [playing, setPlaying] = useState(false);
  const title = (voice.title ?? '').trim();
  const label = title
    ? t('gallery.player.voiceWithTitle', { title })
    : t('gallery.player.voiceWith');
  return (
    <div className="slide-voice">
      {playing ? (
        <MediaPlayer item={voice} label={label} autoPlay />
      ) : (
        <button
          type="button"
          className="slide-button"
          onClick={() => {
            setPlaying(true);
          }}
        >
          <span aria-hidden="true">🔊</span>
          <span>{label}</span>
        </button>
      )}
    </div>
  );
}
