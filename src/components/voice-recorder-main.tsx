import { useTranslation } from 'react-i18next';

import type { VoiceState } from '@/hooks';

import { Button } from './button';
import { EmojiPicture } from './emoji-picture';
import { isLive } from './voice-recorder-gauges';

export interface VoiceMainButtonProps {
  state: VoiceState;
  /** Saving the recording: the button keeps its focus but does nothing. */
  saving: boolean;
  onClick: () => void;
}

/** The one big button: record, stop, record again (a picture and a word). */
export function VoiceMainButton({ state, saving, onClick }: VoiceMainButtonProps) {
  const { t } = useTranslation();
  const live = isLive(state);
  return (
    <Button
      className={`voice-recorder-main${live ? ' is-recording' : ''}`}
      variant={live ? 'danger' : 'primary'}
      busy={state.phase === 'asking' || state.phase === 'finishing' || saving}
      onClick={onClick}
    >
      <EmojiPicture emoji={live ? '⏹️' : '🎙️'} size={40} />
      <span>
        {live
          ? t('voice.recorder.stop')
          : state.phase === 'recorded'
            ? t('voice.recorder.recordAgain')
            : t('voice.recorder.record')}
      </span>
    </Button>
  );
}
