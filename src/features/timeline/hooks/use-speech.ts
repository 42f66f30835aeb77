import { useCallback, useEffect, useSyncExternalStore } from 'react';

import type { Locale } from '../../../domain/types';

/*
 * Read-aloud through the browser's own speech synthesis: nothing is sent anywhere by the app.
 * One story speaks at a time, so the state lives here, outside any one button.
 */

const SPEECH_LANG: Readonly<Record<Locale, string>> = { da: 'da-DK', en: 'en-GB' };

let speakingKey: string | null = null;
const listeners = new Set<() => void>();
/**
 * The voices, read once and again only when the browser says they changed: getVoices() can be
 * slow (in Chromium a round trip to the speech service), too slow to call for every card on
 * every scroll frame.
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function matchesLanguage(voice: SpeechSynthesisVoice, lang: string): boolean {
  return voice.lang.replace('_', '-').toLowerCase().startsWith(lang.slice(0, 2).toLowerCase());
}

/**
 * Whether the browser can read `locale` aloud. Voices load late in some browsers (the list is
 * empty at first), so an empty list counts as "can"; a list without the book's language does not,
 * because an English voice reading Danish would not help a child.
 */
function canSpeak(locale: Locale): boolean {
  const synth = synthesis();
  if (!synth) return false;
  const list = currentVoices(synth);
  return list.length === 0 || list.some((v) => matchesLanguage(v, SPEECH_LANG[locale]));
}

export interface Speech {
  supported: boolean;
  speaking: boolean;
  speak: () => void;
  stop: () => void;
}

export function useSpeech(key: string, text: string, locale: Locale): Speech {
  const supported = useSyncExternalStore(
    subscribe,
    () => canSpeak(locale),
    () => false,
  );
  const speaking = useSyncExternalStore(
    subscribe,
    () => speakingKey === key,
    () => false,
  );

  const stop = useCallback(() => {
    synthesis()?.cancel();
    if (speakingKey === key) setSpeaking(null);
  }, [key]);

  const speak = useCallback(() => {
    const synth = synthesis();
    if (!synth) return;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = SPEECH_LANG[locale];
    const voice = currentVoices(synth).find((v) => matchesLanguage(v, utterance.lang));
    if (voice) utterance.voice = voice;
    const done = () => {
      if (speakingKey === key) setSpeaking(null);
    };
    utterance.onend = done;
    utterance.onerror = done;
    setSpeaking(key);
    synth.speak(utterance);
  }, [key, text, locale]);

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

  return { supported, speaking, speak, stop };
}
