import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** Pictures on the big buttons; the words beside them are what screen readers say. */
const ICON = { previous: '◀', next: '▶', play: '▷', pause: '❚❚', read: '🔊', close: '✕' };

export interface SlideControlsProps {
  playing: boolean;
  readEach: boolean;
  /** The browser can read aloud at all; otherwise the read button is left out. */
  canRead: boolean;
  /** Focused when the show opens: the first thing a child wants is the next photo. */
  nextRef: Ref<HTMLButtonElement>;
  onGo: (delta: number) => void;
  onTogglePlaying: () => void;
  onToggleReadEach: () => void;
  onClose: () => void;
}

/** The slideshow's big buttons: previous, play or pause, next, read aloud, close. */
export function SlideControls({
  playing,
  readEach,
  canRead,
  nextRef,
  onGo,
  onTogglePlaying,
  onToggleReadEach,
  onClose,
}: SlideControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="slide-controls">
      <button
        type="button"
        className="slide-button"
        onClick={() => {
          onGo(-1);
        }}
      >
        <span aria-hidden="true">{ICON.previous}</span>
        <span>{t('photos.slideshow.previous')}</span>
      </button>
      <button
        type="button"
        className="slide-button"
        aria-pressed={playing}
        onClick={onTogglePlaying}
      >
        <span aria-hidden="true">{playing ? ICON.pause : ICON.play}</span>
        <span>{playing ? t('photos.slideshow.pause') : t('photos.slideshow.play')}</span>
      </button>
      <button
        ref={nextRef}
        type="button"
        className="slide-button"
        onClick={() => {
          onGo(1);
        }}
      >
        <span aria-hidden="true">{ICON.next}</span>
        <span>{t('photos.slideshow.next')}</span>
      </button>
      {canRead ? (
        <button
          type="button"
          className="slide-button"
          aria-pressed={readEach}
          onClick={onToggleReadEach}
        >
          <span aria-hidden="true">{ICON.read}</span>
          <span>{t('photos.slideshow.readEach')}</span>
        </button>
      ) : null}
      <button type="button" className="slide-button slide-close" onClick={onClose}>
        <span aria-hidden="true">{ICON.close}</span>
        <span>{t('photos.slideshow.close')}</span>
      </button>
    </div>
  );
}
