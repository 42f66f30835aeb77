import { useCallback, useEffect, useReducer, useRef, useState, type RefObject } from 'react';

import { MEDIA_LIMITS } from '@/domain';

import {
  checkRecording,
  chooseVoiceType,
  levelOf,
  limitReached,
  microphoneProblem,
  voiceReducer,
  type VoiceEvent,
  type VoiceState,
} from './voice-recorder-state';
import { withWebmDuration } from './voice-recorder-webm';

/** How often the time and the level meter move: smooth enough, and cheap on an old tablet. */
const TICK_MS = 100;

/** What is open while recording; everything in it is closed again when the recording ends. */
interface Live {
  stream: MediaStream;
  recorder: MediaRecorder;
  chunks: Blob[];
  audio?: AudioContext;
  analyser?: AnalyserNode;
  samples?: Uint8Array<ArrayBuffer>;
  /** Set when the recording is thrown away (cancel, unmount): its bytes are not checked. */
  discarded: boolean;
  released?: boolean;
  /** When recording began and how long it lasted (performance.now() milliseconds). */
  startedAt: number;
  durationMs: number;
}

export interface VoiceRecorder {
  state: VoiceState;
  /** The microphone's loudness now, 0–1 (0 when not recording or without a meter). */
  level: number;
  limitMs: number;
  start: () => Promise<void>;
  stop: () => void;
  /** Throws away what was recorded (or is being recorded) and starts over from nothing. */
  reset: () => void;
}

/** Read through a call: the flag can change while a step awaits. */
function isDiscarded(live: Live): boolean {
  return live.discarded;
}

function release(live: Live): void {
  if (live.released) return;
  live.released = true;
  for (const track of live.stream.getTracks()) track.stop();
  void live.audio?.close().catch(() => undefined);
}

/** A level meter on the stream; without Web Audio the recorder still works, just without it. */
function attachMeter(live: Live): void {
  try {
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 512;
    audio.createMediaStreamSource(live.stream).connect(analyser);
    Object.assign(live, { audio, analyser, samples: new Uint8Array(analyser.fftSize) });
  } catch {
    // No meter; the elapsed time still shows that something is happening.
  }
}

async function openMicrophone(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ audio: true });
}

/** Throws the recording away: stopped if still running, the microphone closed. */
function discard(current: Live): void {
  current.discarded = true;
  if (current.recorder.state !== 'inactive') current.recorder.stop();
  release(current);
}

/** The microphone and a recorder on it, or the problem (dispatched) and nothing left open. */
async function openRecorder(dispatch: (e: VoiceEvent) => void): Promise<Live | undefined> {
  if (typeof MediaRecorder === 'undefined' || !(navigator.mediaDevices as unknown)) {
    dispatch({ type: 'failed', problem: 'unsupported' });
    return undefined;
  }
  dispatch({ type: 'ask' });
  let stream: MediaStream;
  try {
    stream = await openMicrophone();
  } catch (e) {
    dispatch({ type: 'failed', problem: microphoneProblem(e) });
    return undefined;
  }
  try {
    const mimeType = chooseVoiceType((t) => MediaRecorder.isTypeSupported(t));
    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    return { stream, recorder, chunks: [], discarded: false, startedAt: 0, durationMs: 0 };
  } catch {
    for (const track of stream.getTracks()) track.stop();
    dispatch({ type: 'failed', problem: 'unsupported' });
    return undefined;
  }
}

/** The recording checked (its real type from its bytes), a WebM with its length written in. */
async function checkedBytes(current: Live): Promise<ReturnType<typeof checkRecording>> {
  const blob = new Blob(current.chunks, { type: current.recorder.mimeType });
  const head = new Uint8Array(await blob.slice(0, 16).arrayBuffer());
  const checked = checkRecording(blob, head);
  if (typeof checked === 'string') return checked;
  // A live WebM says nothing of its length; now that it is known, write it in.
  const bytes =
    checked.mime === 'audio/webm'
      ? await withWebmDuration(checked.blob, current.durationMs)
      : checked.blob;
  return { ...checked, blob: bytes };
}

/**
 * Listens to the recorder (its bytes, its stop, its failure), adds the meter and starts it; false
 * (and everything closed, `onFailed` called) when it will not start.
 */
function begin(current: Live, onStop: () => void, onFailed: () => void): boolean {
  const { recorder } = current;
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) current.chunks.push(e.data);
  });
  recorder.addEventListener('stop', onStop);
  recorder.addEventListener('error', () => {
    current.discarded = true;
    release(current);
    onFailed();
  });
  attachMeter(current);
  try {
    // Bytes arrive each second, so a long recording is not held by the recorder alone.
    recorder.start(1000);
  } catch {
    current.discarded = true;
    release(current);
    onFailed();
    return false;
  }
  current.startedAt = performance.now();
  return true;
}

/** While recording: the time, the meter, and the limit (checked on every tick). */
function useTicks({
  recording,
  live,
  stateRef,
  setLevel,
  dispatch,
  stopWith,
  limitMs,
}: {
  recording: boolean;
  live: RefObject<Live | null>;
  stateRef: RefObject<VoiceState>;
  setLevel: (level: number) => void;
  dispatch: (e: VoiceEvent) => void;
  stopWith: (reason: 'limit') => void;
  limitMs: number;
}): void {
  useEffect(() => {
    if (!recording) return;
    const timer = window.setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', now });
      const current = live.current;
      if (current?.analyser && current.samples) {
        current.analyser.getByteTimeDomainData(current.samples);
        setLevel(levelOf(current.samples));
      }
      if (limitReached(stateRef.current, now, limitMs)) stopWith('limit');
    }, TICK_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [recording, live, stateRef, setLevel, dispatch, stopWith, limitMs]);
}

/** Throws away what is being recorded, if anything. */
function dropLive(live: RefObject<Live | null>): void {
  const current = live.current;
  if (!current) return;
  discard(current);
  live.current = null;
}

/** The recorder's state, a ref to it for the timer, and a stable dispatch. */
function useVoiceState(limitMs: number) {
  const [state, dispatchRaw] = useReducer(
    (s: VoiceState, e: VoiceEvent) => voiceReducer(s, e, limitMs),
    { phase: 'idle' },
  );
  const stateRef = useRef<VoiceState>(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const dispatch = useCallback((e: VoiceEvent) => {
    dispatchRaw(e);
  }, []);
  return { state, stateRef, dispatch };
}

/** The URL to listen to the last recording: revoked when it is thrown away or the page goes. */
function useObjectUrl() {
  const url = useRef<string | null>(null);
  const forgetUrl = useCallback(() => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  }, []);
  const keepUrl = useCallback(
    (blob: Blob) => {
      forgetUrl();
      url.current = URL.createObjectURL(blob);
      return url.current;
    },
    [forgetUrl],
  );
  return { keepUrl, forgetUrl };
}

/**
 * Records from the microphone with MediaRecorder, in the first type the browser supports (Opus
 * in WebM, else AAC in MP4), with a level meter and a length limit at which it stops by itself.
 * The recording is checked (its real type from its bytes) before it is offered; nothing is stored
 * here. The microphone is closed as soon as the recording stops, and on unmount.
 */
export function useVoiceRecorder(limitMs: number = MEDIA_LIMITS.voiceMs): VoiceRecorder {
  const { state, stateRef, dispatch } = useVoiceState(limitMs);
  const [level, setLevel] = useState(0);
  const live = useRef<Live | null>(null);
  const { keepUrl, forgetUrl } = useObjectUrl();

  const finish = useCallback(
    async (current: Live) => {
      release(current);
      if (live.current === current) live.current = null;
      setLevel(0);
      if (current.discarded) return;
      const checked = await checkedBytes(current);
      if (typeof checked === 'string') {
        dispatch({ type: 'finished', result: checked });
        return;
      }
      // Thrown away while the length was written (cancel, leaving the page).
      if (isDiscarded(current)) return;
      dispatch({ type: 'finished', result: { ...checked, url: keepUrl(checked.blob) } });
    },
    [dispatch, keepUrl],
  );

  const stopWith = useCallback(
    (reason: 'user' | 'limit') => {
      const current = live.current;
      if (!current || current.recorder.state === 'inactive') return;
      const now = performance.now();
      current.durationMs = Math.min(now - current.startedAt, limitMs);
      dispatch({ type: 'stop', now, reason });
      current.recorder.stop();
    },
    [dispatch, limitMs],
  );

  const start = useCallback(async () => {
    if (live.current) return;
    const current = await openRecorder(dispatch);
    if (!current) return;
    live.current = current;
    const failed = () => {
      if (live.current === current) live.current = null;
      dispatch({ type: 'failed', problem: 'failed' });
    };
    if (begin(current, () => void finish(current), failed)) {
      dispatch({ type: 'started', at: current.startedAt });
    }
  }, [dispatch, finish]);

  const reset = useCallback(() => {
    dropLive(live);
    forgetUrl();
    setLevel(0);
    dispatch({ type: 'reset' });
  }, [dispatch, forgetUrl]);

  useTicks({
    recording: state.phase === 'recording',
    live,
    stateRef,
    setLevel,
    dispatch,
    stopWith,
    limitMs,
  });

  // Leaving the page (or locking the book) closes the microphone and forgets the recording.
  useEffect(
    () => () => {
      forgetUrl();
      dropLive(live);
    },
    [forgetUrl],
  );

  return {
    state,
    level,
    limitMs,
    start,
    stop: useCallback(() => {
      stopWith('user');
    }, [stopWith]),
    reset,
  };
}
