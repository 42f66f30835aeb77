import { useTranslation } from 'react-i18next';

import { formatVoiceTime, type VoiceState } from '@/hooks';

/** Whether the microphone is taking sound (or handing over its last bytes). */
export function isLive(state: VoiceState): boolean {
  return state.phase === 'recording' || state.phase === 'finishing';
}

/** The time to show: so far while recording, the length once stopped. */
export function shownTime(state: VoiceState): string {
  if (state.phase === 'recording') return formatVoiceTime(state.elapsedMs);
  if (state.phase === 'finishing') return formatVoiceTime(state.durationMs);
  if (state.phase === 'recorded') return formatVoiceTime(state.recording.durationMs);
  return formatVoiceTime(0);
}

/** The time, and while recording a level meter of the microphone (0–1). */
export function VoiceGauges({ state, level }: { state: VoiceState; level: number }) {
  const { t } = useTranslation();
  return (
    <div className="voice-recorder-gauges">
      <span className="voice-recorder-time" role="timer" aria-label={t('voice.recorder.time')}>
        {shownTime(state)}
      </span>
      {isLive(state) ? (
        <div
          className="voice-recorder-meter"
          role="meter"
          aria-label={t('voice.recorder.level')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(level * 100)}
        >
          <span className="voice-recorder-level" style={{ width: `${level * 100}%` }} />
        </div>
      ) : null}
    </div>
  );
}
