import { useCallback, useEffect, useState } from 'react';

import type { Locale } from '../../../domain/types';
import { speechLang } from '../lib/speech';

export interface Speech {
  /** False where the browser cannot speak: the read-aloud buttons are then not shown at all. */
  available: boolean;
  speaking: boolean;
  speak: (text: string) => void;
  stop: () => void;
}

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : undefined;
}

/** Reads text aloud in the book's language (not the interface's), stopping when unmounted. */
export function useSpeech(locale: Locale): Speech {
  const [speaking, setSpeaking] = useState(false);
  const available = synth() !== undefined && typeof SpeechSynthesisUtterance !== 'undefined';

  const stop = useCallback(() => {
    synth()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      const s = synth();
      if (!s || text.trim() === '') return;
      s.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = speechLang(locale);
      const voice = s.getVoices().find((v) => v.lang.toLowerCase().startsWith(locale));
      if (voice) u.voice = voice;
      u.onend = () => {
        setSpeaking(false);
      };
      u.onerror = () => {
        setSpeaking(false);
      };
      setSpeaking(true);
      s.speak(u);
    },
    [locale],
  );

  useEffect(() => () => synth()?.cancel(), []);
  return { available, speaking, speak, stop };
}
