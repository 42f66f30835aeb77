/**
 * A stand-in for the browser's speech synthesis, which jsdom lacks: it records what it is asked
 * to say and with which voice, so a test can prove that text is read only with a voice on the
 * device (a network voice would send the child's words to a remote service).
 */
import { afterEach, beforeEach, vi } from 'vitest';

import { resetSpeechForTests } from '@/hooks';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default?: boolean;
}

export interface SpokenLine {
  text: string;
  lang: string;
  voice: string | undefined;
}

/** Installs the fake on `window` with these voices; `spoken` fills as the app speaks. */
export function installSpeech(voices: FakeVoice[]) {
  const spoken: SpokenLine[] = [];
  class Utterance {
    lang = '';
    voice: FakeVoice | null = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  const synth = {
    speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
    cancel: vi.fn(),
    getVoices: () => voices,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  // The app remembers whether the browser can speak; forget it, so the fake is seen.
  resetSpeechForTests();
  Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: Utterance });
  return { spoken, synth };
}

/** Takes the fake away again (jsdom's own state: no speech at all). */
export function removeSpeech(): void {
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  resetSpeechForTests();
}

/** For a describe block: each test starts with no speech and leaves none behind. */
export function withSpeechReset(): void {
  beforeEach(() => {
    resetSpeechForTests();
  });
  afterEach(() => {
    removeSpeech();
  });
}
