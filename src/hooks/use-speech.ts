import { useCallback, useEffect, useSyncExternalStore } from 'react';

import type { Locale } from '@/domain';

/*
 * Read-aloud through the browser's own speech synthesis, with voices on this device only. In
 * Chrome the first voice for a language is often a network voice ("Google dansk"), which sends
 * the text to a remote service: a child's story must not leave the device that way. Only voices
 * with `localService === true` are used; where there is none, nothing is read and the button
 * says why. One text speaks at a time, so the state lives here, outside any one button.
 */

const SPEECH_LANG: Readonly<Record<Locale, string>> = { da: 'da-DK', en: 'en-GB' };

let speakingKey: string | null = null;
const listeners = new Set<() => void>();
/**
 * The voices, read once and again only when the browser says they changed: getVoices() can be
 * slow, too slow to call for every card on every scroll frame.
 */
let voices: readonly SpeechSynthesisVoice[] | undefined;
let watchingVoices = false;

function notify(): void {
  for (const l of listeners) l();
}

function setSpeaking(key: string | null): void {
  speakingKey = key;
  notify();
}

function synthesis(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return undefined;
  if (typeof window.SpeechSynthesisUtterance !== 'function') return undefined;
  return window.speechSynthesis;
}

function currentVoices(synth: SpeechSynthesis): readonly SpeechSynthesisVoice[] {
  if (!watchingVoices) {
    watchingVoices = true;
    synth.addEventListener('voiceschanged', () => {
      voices = synth.getVoices();
      notify();
    });
  }
  voices ??= synth.getVoices();
  return voices;
}

/** At a click: an empty list may only mean "not loaded yet", so ask the browser once more. */
function voicesNow(synth: SpeechSynthesis): readonly SpeechSynthesisVoice[] {
  const list = currentVoices(synth);
  if (list.length > 0) return list;
  voices = synth.getVoices();
  return voices;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function normalizedLang(voice: SpeechSynthesisVoice): string {
  return voice.lang.replace('_', '-').toLowerCase();
}

/**
 * A voice on this device for the book's language, or undefined. Never a network voice, even when
 * it is the only one or the default: the exact region first (da-DK), then the default, then any.
 */
export function pickLocalVoice(
  list: readonly SpeechSynthesisVoice[],
  locale: Locale,
): SpeechSynthesisVoice | undefined {
  const tag = SPEECH_LANG[locale].toLowerCase();
  const local = list.filter((v) => v.localService && normalizedLang(v).startsWith(locale));
  return local.find((v) => normalizedLang(v) === tag) ?? local.find((v) => v.default) ?? local[0];
}

/** Tests only: forget the voices and who is speaking, as on a fresh page. */
export function resetSpeechForTests(): void {
  speakingKey = null;
  voices = undefined;
  watchingVoices = false;
}

export interface Speech {
  /** The browser has speech synthesis at all; without it, read-aloud is not offered. */
  supported: boolean;
  /** A voice on this device can read the language now (the list may still be loading). */
  hasLocalVoice: boolean;
  /** This key's text is being read. */
  speaking: boolean;
  /** Reads `text` aloud; false, and silent, when no voice on this device can read it. */
  speak: (text: string) => boolean;
  stop: () => void;
}

/** Read-aloud in the book's `locale` for one reader (`key`): a card, a caption, a slideshow. */
export function useSpeech(key: string, locale: Locale): Speech {
  const supported = useSyncExternalStore(
    subscribe,
    () => synthesis() !== undefined,
    () => false,
  );
  const hasLocalVoice = useSyncExternalStore(
    subscribe,
    () => {
      const synth = synthesis();
      return synth !== undefined && pickLocalVoice(currentVoices(synth), locale) !== undefined;
    },
    () => false,
  );
  const speaking = useSyncExternalStore(
    subscribe,
    () => speakingKey === key,
    () => false,
  );

  const stop = useCallback(() => {
    if (speakingKey !== key) return;
    synthesis()?.cancel();
    setSpeaking(null);
  }, [key]);

  const speak = useCallback(
    (text: string) => {
      const synth = synthesis();
      if (!synth || text.trim() === '') return false;
      const voice = pickLocalVoice(voicesNow(synth), locale);
      if (!voice) {
        // Nothing is read rather than a voice that may send the text away.
        if (speakingKey === key) stop();
        return false;
      }
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = SPEECH_LANG[locale];
      utterance.voice = voice;
      const done = () => {
        if (speakingKey === key) setSpeaking(null);
      };
      utterance.onend = done;
      utterance.onerror = done;
      setSpeaking(key);
      synth.speak(utterance);
      return true;
    },
    [key, locale, stop],
  );

  // Leaving the page (or locking the book) stops the voice: a story is not read to an empty room.
  useEffect(
    () => () => {
      if (speakingKey === key) {
        synthesis()?.cancel();
        setSpeaking(null);
      }
    },
    [key],
  );

  return { supported, hasLocalVoice, speaking, speak, stop };
}
