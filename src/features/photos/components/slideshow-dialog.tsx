import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ModalDialog } from '../../../components/modal-dialog';
import type { Locale, Photo } from '../../../domain/types';
import { useSpeech } from '../../../hooks/use-speech';

import { SlidePicture } from './slide-picture';

/** Long enough to talk about a photo before the next one comes. */
const SLIDE_MS = 7000;
/** Pictures on the big buttons; the words beside them are what screen readers say. */
const ICON = { previous: '◀', next: '▶', play: '▷', pause: '❚❚', read: '🔊', close: '✕' };
/** A swipe: a horizontal move of at least this many pixels. */
const SWIPE_PX = 50;

/**
 * Photos on the whole screen, with big buttons, arrow keys and swiping; captions shown and, if
 * chosen, read aloud in the book's language. Escape (or the close button) ends it.
 */
export function SlideshowDialog({
  photos,
  locale,
  onClose,
}: {
  photos: Photo[];
  locale: Locale;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [readEach, setReadEach] = useState(false);
  const speech = useSpeech('slideshow', locale);
  const swipeFrom = useRef<number | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const total = photos.length;
  const photo = photos[Math.min(index, total - 1)];
  const caption = photo?.caption?.trim() ?? '';
  const go = (delta: number) => {
    setIndex((i) => (i + delta + total) % total);
  };

  useEffect(() => {
    nextButton.current?.focus();
  }, []);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setIndex((i) => (i + 1) % total);
    }, SLIDE_MS);
    return () => {
      clearInterval(timer);
    };
  }, [playing, total]);

  const { speak, stop } = speech;
  useEffect(() => {
    if (readEach && caption) speak(caption);
    else stop();
  }, [readEach, caption, index, speak, stop]);

  if (!photo) return null;
  const alt = caption || t('photos.slideshow.position', { n: index + 1, total });

  return (
    <ModalDialog
      labelledBy="slideshow-title"
      className="slideshow"
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight') go(1);
        else if (e.key === 'ArrowLeft') go(-1);
        else if (e.key === 'Home') setIndex(0);
        else if (e.key === 'End') setIndex(total - 1);
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
      <div className="slide-caption-area">
        {caption ? (
          <p className="slide-caption" lang={locale}>
            {caption}
          </p>
        ) : null}
        <p className="slide-position" aria-live="polite">
          {t('photos.slideshow.position', { n: index + 1, total })}
        </p>
        {readEach && !speech.hasLocalVoice ? (
          // Only voices on this device may read; say so rather than stay silent unexplained.
          <p role="status">
            {t('guards.speech.noLocalVoice', { language: t(`guards.speech.languages.${locale}`) })}
          </p>
        ) : null}
      </div>
      <div className="slide-controls">
        <button
          type="button"
          className="slide-button"
          onClick={() => {
            go(-1);
          }}
        >
          <span aria-hidden="true">{ICON.previous}</span>
          <span>{t('photos.slideshow.previous')}</span>
        </button>
        <button
          type="button"
          className="slide-button"
          aria-pressed={playing}
          onClick={() => {
            setPlaying((p) => !p);
          }}
        >
          <span aria-hidden="true">{playing ? ICON.pause : ICON.play}</span>
          <span>{playing ? t('photos.slideshow.pause') : t('photos.slideshow.play')}</span>
        </button>
        <button
          ref={nextButton}
          type="button"
          className="slide-button"
          onClick={() => {
            go(1);
          }}
        >
          <span aria-hidden="true">{ICON.next}</span>
          <span>{t('photos.slideshow.next')}</span>
        </button>
        {speech.supported ? (
          <button
            type="button"
            className="slide-button"
            aria-pressed={readEach}
            onClick={() => {
              setReadEach((r) => !r);
            }}
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
    </ModalDialog>
  );
}
