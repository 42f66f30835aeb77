import { useEffect, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ModalDialog } from '@/components';
import type { Locale, Photo } from '@/domain';
import { useSlideshow } from '../hooks/use-slideshow';

import { SlideCaption } from './slide-caption';
import { SlideControls } from './slide-controls';
import { SlidePicture } from './slide-picture';
import { SlideVoice } from './slide-voice';

const NO_VOICES: ReadonlyMap<string, Photo> = new Map();

/** A swipe: a horizontal move of at least this many pixels. */
const SWIPE_PX = 50;

/**
 * Photos on the whole screen, with big buttons, arrow keys and swiping; captions shown and, if
 * chosen, read aloud in the book's language. Escape (or the close button) ends it.
 */
export function SlideshowDialog({
  photos,
  voices = NO_VOICES,
  locale,
  onClose,
}: {
  photos: Photo[];
  /** The voice note that plays with a photo (by the photo's id). */
  voices?: ReadonlyMap<string, Photo>;
  locale: Locale;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const show = useSlideshow(photos, locale);
  const { index, total, photo, caption, go } = show;
  const swipeFrom = useRef<number | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    nextButton.current?.focus();
  }, []);

  if (!photo) return null;
  const voice = voices.get(photo.id);
  const alt = caption || t('photos.slideshow.position', { n: index + 1, total });

  return (
    <ModalDialog
      labelledBy="slideshow-title"
      className="slideshow dialog-full"
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') go(1);
        else if (e.key === 'ArrowLeft') go(-1);
        else if (e.key === 'Home') show.goTo(0);
        else if (e.key === 'End') show.goTo(total - 1);
        else return;
        e.preventDefault();
      }}
    >
      <h2 id="slideshow-title" className="visually-hidden">
        {t('photos.slideshow.title')}
      </h2>
      <div
        className="slide-stage"
        onPointerDown={(e: PointerEvent) => {
          swipeFrom.current = e.clientX;
        }}
        onPointerUp={(e: PointerEvent) => {
          const from = swipeFrom.current;
          swipeFrom.current = null;
          if (from === null) return;
          const dx = e.clientX - from;
          if (Math.abs(dx) >= SWIPE_PX) go(dx < 0 ? 1 : -1);
        }}
        onPointerCancel={() => {
          swipeFrom.current = null;
        }}
      >
        <SlidePicture key={photo.id} photo={photo} alt={alt} />
      </div>
      <SlideCaption
        caption={caption}
        locale={locale}
        index={index}
        total={total}
        noVoice={show.readEach && !show.hasLocalVoice}
      />
      {voice ? <SlideVoice key={`${photo.id}:${voice.id}`} voice={voice} /> : null}
      <SlideControls
        playing={show.playing}
        readEach={show.readEach}
        canRead={show.canRead}
        nextRef={nextButton}
        onGo={go}
        onTogglePlaying={show.togglePlaying}
        onToggleReadEach={show.toggleReadEach}
        onClose={onClose}
      />
    </ModalDialog>
  );
}
