import { MEDIA_LIMITS } from '@/domain';

import {
  checkRecording,
  chooseVoiceType,
  formatVoiceTime,
  levelOf,
  limitReached,
  microphoneProblem,
  sniffVoice,
  voiceReducer,
  type VoiceEvent,
  type VoiceState,
} from './voice-recorder-state';

const WEBM = Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81]);
const MP4 = Uint8Array.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x4d, 0x34, 0x41, 0x20]);
const OGG = Uint8Array.from([0x4f, 0x67, 0x67, 0x53, 0, 2]);

function run(events: VoiceEvent[], limitMs = 1000): VoiceState {
  return events.reduce<VoiceState>((s, e) => voiceReducer(s, e, limitMs), { phase: 'idle' });
}

describe('which type to record', () => {
  it('asks for Opus in WebM where the browser has it', () => {
    expect(chooseVoiceType(() => true)).toBe('audio/webm;codecs=opus');
  });

  it('falls back to AAC in MP4 (Safari)', () => {
    const safari = new Set(['audio/mp4', 'audio/mp4;codecs=mp4a.40.2']);
    expect(chooseVoiceType((t) => safari.has(t))).toBe('audio/mp4;codecs=mp4a.40.2');
  });

  it('leaves the choice to the browser when it knows none, and survives a throwing check', () => {
    expect(chooseVoiceType(() => false)).toBeUndefined();
    expect(
      chooseVoiceType(() => {
        throw new Error('no');
      }),
    ).toBeUndefined();
  });
});

describe('what the recorded bytes are', () => {
  it('knows WebM, MP4 and Ogg by their first bytes', () => {
    expect(sniffVoice(WEBM)).toBe('audio/webm');
    expect(sniffVoice(MP4)).toBe('audio/mp4');
    expect(sniffVoice(OGG)).toBe('audio/ogg');
  });

  it('knows nothing else, however short', () => {
    expect(sniffVoice(new Uint8Array())).toBeUndefined();
    expect(sniffVoice(Uint8Array.from([0x1a, 0x45]))).toBeUndefined();
    expect(sniffVoice(new TextEncoder().encode('RIFF....WAVE'))).toBeUndefined();
  });

  it('keeps a recording only with a known type, some bytes and below the limit', () => {
    const blob = new Blob([WEBM, new Uint8Array(10)], { type: 'audio/mp4' });
    const checked = checkRecording(blob, WEBM);
    // The bytes decide, not what the recorder claimed.
    expect(checked).toMatchObject({ mime: 'audio/webm' });
    expect(typeof checked !== 'string' && checked.blob.type).toBe('audio/webm');
    expect(checkRecording(new Blob([]), WEBM)).toBe('empty');
    expect(checkRecording(new Blob([new Uint8Array(20)]), new Uint8Array(16))).toBe('unknownType');
    const huge = { size: MEDIA_LIMITS.voiceBytes + 1, type: 'audio/webm' } as Blob;
    expect(checkRecording(huge, WEBM)).toBe('tooBig');
  });
});

describe('what went wrong with the microphone', () => {
  it('tells refused, missing and busy apart', () => {
    expect(microphoneProblem(new DOMException('x', 'NotAllowedError'))).toBe('denied');
    expect(microphoneProblem(new DOMException('x', 'SecurityError'))).toBe('denied');
    expect(microphoneProblem(new DOMException('x', 'NotFoundError'))).toBe('noMicrophone');
    expect(microphoneProblem(new DOMException('x', 'NotReadableError'))).toBe('busy');
    expect(microphoneProblem(new Error('odd'))).toBe('failed');
    expect(microphoneProblem('not even an error')).toBe('failed');
  });
});

describe('the recorder states', () => {
  const bytes = { blob: new Blob([WEBM]), mime: 'audio/webm' as const, url: 'blob:x' };

  it('records, stops and offers the recording with the measured length', () => {
    const s = run(
      [
        { type: 'ask' },
        { type: 'started', at: 100 },
        { type: 'tick', now: 400 },
        { type: 'stop', now: 2100, reason: 'user' },
        { type: 'finished', result: bytes },
      ],
      10_000,
    );
    expect(s).toEqual({
      phase: 'recorded',
      recording: { ...bytes, durationMs: 2000 },
      reason: 'user',
    });
  });

  it('never shows more than the limit, even when a tick or the stop comes late', () => {
    expect(run([{ type: 'ask' }, { type: 'started', at: 0 }, { type: 'tick', now: 5000 }])).toEqual(
      { phase: 'recording', startedAt: 0, elapsedMs: 1000 },
    );
    expect(
      run([
        { type: 'ask' },
        { type: 'started', at: 0 },
        { type: 'stop', now: 1300, reason: 'limit' },
      ]),
    ).toEqual({ phase: 'finishing', durationMs: 1000, reason: 'limit' });
  });

  it('says when the limit is reached', () => {
    const s = run([{ type: 'ask' }, { type: 'started', at: 0 }]);
    expect(limitReached(s, 999, 1000)).toBe(false);
    expect(limitReached(s, 1000, 1000)).toBe(true);
    expect(limitReached({ phase: 'idle' }, 5000, 1000)).toBe(false);
  });

  it('ignores a second stop, a late tick and a start while recording', () => {
    const stopped = run([
      { type: 'ask' },
      { type: 'started', at: 0 },
      { type: 'stop', now: 500, reason: 'user' },
    ]);
    expect(voiceReducer(stopped, { type: 'stop', now: 900, reason: 'limit' }, 1000)).toBe(stopped);
    expect(voiceReducer(stopped, { type: 'tick', now: 900 }, 1000)).toBe(stopped);
    const recording = run([{ type: 'ask' }, { type: 'started', at: 0 }]);
    expect(voiceReducer(recording, { type: 'ask' }, 1000)).toBe(recording);
    expect(voiceReducer({ phase: 'idle' }, { type: 'started', at: 3 }, 1000)).toEqual({
      phase: 'idle',
    });
  });

  it('turns a bad recording into a problem, and starts over from a problem', () => {
    const failed = run([
      { type: 'ask' },
      { type: 'started', at: 0 },
      { type: 'stop', now: 500, reason: 'user' },
      { type: 'finished', result: 'empty' },
    ]);
    expect(failed).toEqual({ phase: 'failed', problem: 'empty' });
    expect(voiceReducer(failed, { type: 'ask' }, 1000)).toEqual({ phase: 'asking' });
    expect(
      run([{ type: 'ask' }, { type: 'failed', problem: 'denied' }, { type: 'reset' }]),
    ).toEqual({ phase: 'idle' });
  });
});

describe('time and level', () => {
  it('shows minutes and seconds', () => {
    expect(formatVoiceTime(0)).toBe('0:00');
    expect(formatVoiceTime(7999)).toBe('0:07');
    expect(formatVoiceTime(MEDIA_LIMITS.voiceMs)).toBe('10:00');
    expect(formatVoiceTime(-5)).toBe('0:00');
  });

  it('reads silence as 0 and the loudest sample as up to 1', () => {
    expect(levelOf(new Uint8Array(8).fill(128))).toBe(0);
    expect(levelOf(Uint8Array.from([128, 192, 128]))).toBe(0.5);
    expect(levelOf(Uint8Array.from([0, 255]))).toBe(1);
  });
});
