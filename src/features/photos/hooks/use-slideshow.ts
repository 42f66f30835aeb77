import { useEffect, useState } from 'react';

import type { Locale, Photo } from '@/domain';
import { useSpeech } from '@/hooks';

/** Long enough to talk about a photo before the next one comes. */
const SLIDE_MS = 7000;

/**
 * Which slide shows, whether the show plays by itself, and whether each caption is read aloud
 * (in the book's language) as its slide comes.
 */
export function useSlideshow(photos: readonly Photo[], locale: Locale) {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [readEach, setReadEach] = useState(false);
  const speech = useSpeech('slideshow', locale);
  const total = photos.length;
  const photo = photos[Math.min(index, total - 1)];
  const caption = photo?.caption?.trim() ?? '';
  const go = (delta: number) => {
    setIndex((i) => (i + delta + total) % total);
  };

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

  return {
    index,
    total,
    photo,
    caption,
    go,
    goTo: setIndex,
    playing,
    togglePlaying: () => {
      setPlaying((p) => !p);
    },
    readEach,
    toggleReadEach: () => {
      setReadEach((r) => !r);
    },
    canRead: speech.supported,
    hasLocalVoice: speech.hasLocalVoice,
  };
}
