/**
 * A stand-in for the microphone and MediaRecorder, which jsdom lacks: getUserMedia answers with a
 * fake stream (or refuses with the DOMException a browser throws), and the recorder hands over
 * bytes that begin like the chosen container (WebM's EBML header, MP4's ftyp box), so the app's
 * sniffing and state machine run as they do in a browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { afterEach, vi } from 'vitest';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, 'fixtures', name)));
/**
 * What Chromium's MediaRecorder handed over for a second of its fake microphone, as it is (the
 * WebM names "Chrome" as its muxing and writing app; the MP4 is fragmented Opus): the voice
 * cleaner runs on the real shape.
 */
export const CHROME_WEBM = fixture('voice-chrome.webm');
export const CHROME_MP4 = fixture('voice-chrome.m4a');

export interface FakeMicrophone {
  /** Types `MediaRecorder.isTypeSupported` says yes to. */
  supported: string[];
  /** getUserMedia refuses with a DOMException of this name ('NotAllowedError', 'NotFoundError'). */
  refuse?: string;
  /** The bytes the recorder hands over; by default Chrome's WebM (CHROME_WEBM). */
  bytes?: Uint8Array;
  /** Recorders made so far (the last is the one recording). */
  recorders: FakeRecorder[];
  /** Tracks stopped: the microphone is closed again. */
  stoppedTracks: number;
  /** The type each recorder was asked for. */
  askedTypes: (string | undefined)[];
}

export const WEBM_HEAD = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1]);
export const MP4_HEAD = Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34]);

export interface FakeRecorder extends EventTarget {
  state: 'inactive' | 'recording';
  mimeType: string;
  start: (timeslice?: number) => void;
  stop: () => void;
  /** A failure while recording, as the browser reports it. */
  fail: () => void;
}

/** Installs the fake microphone and recorder on `window`; removed again after each test. */
export function installMicrophone(options: Partial<FakeMicrophone> = {}): FakeMicrophone {
  const mic: FakeMicrophone = {
    supported: ['audio/webm;codecs=opus', 'audio/webm'],
    recorders: [],
    stoppedTracks: 0,
    askedTypes: [],
    ...options,
  };
  const track = { stop: () => void (mic.stoppedTracks += 1) };
  const stream = { getTracks: () => [track] };

  class Recorder extends EventTarget implements FakeRecorder {
    state: 'inactive' | 'recording' = 'inactive';
    mimeType: string;
    static isTypeSupported(type: string) {
      return mic.supported.includes(type);
    }
    constructor(_stream: unknown, opts?: { mimeType?: string }) {
      super();
      mic.askedTypes.push(opts?.mimeType);
      this.mimeType = opts?.mimeType ?? 'audio/webm';
      mic.recorders.push(this);
    }
    start() {
      this.state = 'recording';
    }
    stop() {
      if (this.state === 'inactive') return;
      this.state = 'inactive';
      const bytes = mic.bytes ?? CHROME_WEBM;
      // As in a browser: the last bytes, then the stop event, each in its own task.
      setTimeout(() => {
        const data = new Event('dataavailable');
        Object.assign(data, { data: new Blob([new Uint8Array(bytes)], { type: this.mimeType }) });
        this.dispatchEvent(data);
        setTimeout(() => this.dispatchEvent(new Event('stop')), 0);
      }, 0);
    }
    fail() {
      this.state = 'inactive';
      this.dispatchEvent(new Event('error'));
    }
  }

  const getUserMedia = vi.fn(() =>
    mic.refuse ? Promise.reject(new DOMException('refused', mic.refuse)) : Promise.resolve(stream),
  );
  Object.assign(window, { MediaRecorder: Recorder });
  // jsdom has no object URLs; the recorder makes one to listen to the recording.
  if (typeof URL.createObjectURL !== 'function') {
    addedUrls = true;
    let n = 0;
    Object.assign(URL, {
      createObjectURL: () => `blob:fake-recording-${(n += 1)}`,
      revokeObjectURL: () => undefined,
    });
  }
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia },
  });
  return mic;
}

let addedUrls = false;

/** Takes the fakes away again (jsdom's own state: no microphone, no recorder). */
export function removeMicrophone(): void {
  if (addedUrls) {
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
    addedUrls = false;
  }
  Reflect.deleteProperty(window, 'MediaRecorder');
  Reflect.deleteProperty(navigator, 'mediaDevices');
}

/** For a describe block: no fake microphone is left behind by a test. */
export function withMicrophoneReset(): void {
  afterEach(() => {
    removeMicrophone();
  });
}
