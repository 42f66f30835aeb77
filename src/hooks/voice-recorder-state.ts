/**
 * The pure part of the voice recorder: which type to ask the browser for, what the recorded bytes
 * really are, what went wrong with the microphone, and the recorder's states. No React, no
 * browser objects, so every rule is tested without a microphone.
 */
import { MEDIA_LIMITS } from '@/domain';

/**
 * Asked for in this order: Opus in WebM (Chromium, Firefox), then AAC in MP4 (Safari). The first
 * the browser says it supports wins; when it supports none of them, it records its own default,
 * and the sniffed bytes decide whether that can be kept.
 */
export const VOICE_RECORDING_TYPES = [
  'audio/webm;codecs=opus',
  'audio/webm',
  'audio/mp4;codecs=mp4a.40.2',
  'audio/mp4',
  'audio/ogg;codecs=opus',
] as const;

export type VoiceMime = 'audio/webm' | 'audio/mp4' | 'audio/ogg';

export function chooseVoiceType(isTypeSupported: (type: string) => boolean): string | undefined {
  return VOICE_RECORDING_TYPES.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

/** The type of recorded bytes from their first bytes, never from what the recorder claims. */
export function sniffVoice(head: Uint8Array): VoiceMime | undefined {
  const at = (i: number) => head[i] ?? -1;
  if (at(0) === 0x1a && at(1) === 0x45 && at(2) === 0xdf && at(3) === 0xa3) return 'audio/webm';
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head.length >= 8 && ascii(4, 8) === 'ftyp') return 'audio/mp4';
  if (head.length >= 4 && ascii(0, 4) === 'OggS') return 'audio/ogg';
  return undefined;
}

/** Why no recording could be made or kept; each has its own translated sentence. */
export type VoiceProblem =
  | 'denied'
  | 'noMicrophone'
  | 'busy'
  | 'unsupported'
  | 'failed'
  | 'empty'
  | 'tooBig'
  | 'unknownType';

/** getUserMedia's errors, by name (DOMException names are the browsers' shared vocabulary). */
export function microphoneProblem(error: unknown): VoiceProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'noMicrophone';
    case 'NotReadableError':
    case 'AbortError':
    case 'TrackStartError':
      return 'busy';
    default:
      return 'failed';
  }
}

/** Recorded bytes, checked: their real type. */
export interface VoiceBytes {
  blob: Blob;
  mime: VoiceMime;
}

/** A finished recording: checked bytes, the measured length, and a URL to listen to it. */
export interface VoiceRecording extends VoiceBytes {
  durationMs: number;
  url: string;
}

/** Checks the recorder's bytes (and their first bytes, `head`) before they are offered for saving. */
export function checkRecording(blob: Blob, head: Uint8Array): VoiceBytes | VoiceProblem {
  if (blob.size === 0) return 'empty';
  if (blob.size > MEDIA_LIMITS.voiceBytes) return 'tooBig';
  const mime = sniffVoice(head);
  if (!mime) return 'unknownType';
  return { blob: blob.type === mime ? blob : new Blob([blob], { type: mime }), mime };
}

export type StopReason = 'user' | 'limit';

export type VoiceState =
  | { phase: 'idle' }
  /** Waiting for the browser (and the child) to open the microphone. */
  | { phase: 'asking' }
  | { phase: 'recording'; startedAt: number; elapsedMs: number }
  /** Stopped; the recorder is handing over its last bytes. */
  | { phase: 'finishing'; durationMs: number; reason: StopReason }
  | { phase: 'recorded'; recording: VoiceRecording; reason: StopReason }
  | { phase: 'failed'; problem: VoiceProblem };

export type VoiceEvent =
  | { type: 'ask' }
  | { type: 'started'; at: number }
  | { type: 'tick'; now: number }
  | { type: 'stop'; now: number; reason: StopReason }
  | { type: 'finished'; result: (VoiceBytes & { url: string }) | VoiceProblem }
  | { type: 'failed'; problem: VoiceProblem }
  | { type: 'reset' };

/** Elapsed time never shows more than the limit, even if a tick comes late. */
function elapsed(startedAt: number, now: number, limitMs: number): number {
  return Math.min(Math.max(0, now - startedAt), limitMs);
}

/**
 * The recorder's states. Events that make no sense in a state (a late tick after stopping, a
 * second stop) leave it as it is, so a race between the limit and the child's own tap is harmless.
 */
export function voiceReducer(state: VoiceState, event: VoiceEvent, limitMs: number): VoiceState {
  switch (event.type) {
    case 'ask':
      return state.phase === 'recording' || state.phase === 'finishing'
        ? state
        : { phase: 'asking' };
    case 'started':
      return state.phase === 'asking'
        ? { phase: 'recording', startedAt: event.at, elapsedMs: 0 }
        : state;
    case 'tick':
      return state.phase === 'recording'
        ? { ...state, elapsedMs: elapsed(state.startedAt, event.now, limitMs) }
        : state;
    case 'stop':
      return state.phase === 'recording'
        ? {
            phase: 'finishing',
            durationMs: elapsed(state.startedAt, event.now, limitMs),
            reason: event.reason,
          }
        : state;
    case 'finished':
      if (state.phase !== 'finishing') return state;
      return typeof event.result === 'string'
        ? { phase: 'failed', problem: event.result }
        : {
            phase: 'recorded',
            recording: { ...event.result, durationMs: state.durationMs },
            reason: state.reason,
          };
    case 'failed':
      return { phase: 'failed', problem: event.problem };
    case 'reset':
      return { phase: 'idle' };
  }
}

/** Whether the limit is reached and the recorder must stop by itself. */
export function limitReached(state: VoiceState, now: number, limitMs: number): boolean {
  return state.phase === 'recording' && now - state.startedAt >= limitMs;
}

/** "0:07", "10:00": minutes and seconds, as a child sees on a phone's recorder. */
export function formatVoiceTime(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** 0–1 from an analyser's time-domain bytes (128 is silence): the loudest sample's distance. */
export function levelOf(samples: Uint8Array): number {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s - 128));
  return Math.min(1, peak / 128);
}
