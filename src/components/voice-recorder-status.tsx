import { useTranslation } from 'react-i18next';

import type { VoiceState } from '@/hooks';

import { isLive, shownTime } from './voice-recorder-gauges';

export interface VoiceRecorderStatusProps {
  state: VoiceState;
  saving: boolean;
  /** The longest recording, to name when it is reached. */
  limitMs: number;
}

/** A live region that says what happens (recording, stopped and how long, saving). */
export function VoiceRecorderStatus({ state, saving, limitMs }: VoiceRecorderStatusProps) {
  const { t } = useTranslation();
  const limitText = t('voice.recorder.limitMinutes', { count: Math.round(limitMs / 60000) });
  const status =
    state.phase === 'asking'
      ? t('voice.recorder.asking')
      : isLive(state)
        ? t('voice.recorder.recording')
        : state.phase === 'recorded'
          ? state.reason === 'limit'
            ? t('voice.recorder.limitReached', { limit: limitText })
            : t('voice.recorder.stopped', { time: shownTime(state) })
          : saving
            ? t('voice.recorder.saving')
            : '';
  return (
    <p role="status" className="voice-recorder-status">
      {status}
    </p>
  );
}
