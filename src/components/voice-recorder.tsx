import './voice-recorder.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useVoiceRecorder, type VoiceRecording } from '@/hooks';
import { VideoFormatError } from '@/media';

import { Button } from './button';
import { EmojiPicture } from './emoji-picture';
import { LabelledSection } from './labelled-section';
import { Notice } from './notice';
import { useErrorText } from './use-error-text';
import { isLive, VoiceGauges } from './voice-recorder-gauges';
import { VoiceMainButton } from './voice-recorder-main';
import { VoiceRecorderStatus } from './voice-recorder-status';

export interface VoiceRecorderProps {
  /** Stores the recording. A throw keeps the recording on screen, so saving can be tried again. */
  onSave: (recording: VoiceRecording) => Promise<void>;
  /** Leaves without saving; without it there is no cancel button (the page has its own way back). */
  onCancel?: () => void;
  /** The group's name for a screen reader; the recorder's own name by default. */
  label?: string;
  /** For tests: a shorter limit than MEDIA_LIMITS.voiceMs. */
  limitMs?: number;
}

/**
 * Recording a voice note: one big button (a picture and a word) that records and stops, the time,
 * a level meter, the recording to listen to, then save, record again or cancel. A live region says
 * what happens (recording, stopped and how long), so it works without seeing the screen.
 */
export function VoiceRecorder({ onSave, onCancel, label, limitMs }: VoiceRecorderProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const recorder = useVoiceRecorder(limitMs);
  const { state, level } = recorder;
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const recording = state.phase === 'recorded' ? state.recording : undefined;
  const live = isLive(state);

  const save = async () => {
    if (!recording) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(recording);
    } catch (e) {
      // A recording the cleaner refused: the browser's own bytes, so another try may do.
      const reason = e instanceof VideoFormatError ? t('voice.recorder.notClean') : errorText(e);
      setSaveError(t('voice.recorder.saveFailed', { reason }));
    } finally {
      setSaving(false);
    }
  };

  const main = () => {
    if (live) {
      recorder.stop();
      return;
    }
    setSaveError(null);
    if (state.phase === 'recorded') recorder.reset();
    void recorder.start();
  };

  return (
    <LabelledSection
      className="voice-recorder"
      headingClassName="voice-recorder-label"
      title={label ?? t('voice.recorder.label')}
    >
      <div className="voice-recorder-row">
        <VoiceMainButton state={state} saving={saving} onClick={main} />
        <VoiceGauges state={state} level={level} />
      </div>
      <VoiceRecorderStatus state={state} saving={saving} limitMs={recorder.limitMs} />
      {state.phase === 'failed' ? (
        <Notice tone="error">{t(`voice.recorder.problems.${state.problem}`)}</Notice>
      ) : null}
      {saveError ? <Notice tone="error">{saveError}</Notice> : null}
      {recording ? (
        // The child's own words: there is no text to caption them with.
        // eslint-disable-next-line jsx-a11y/media-has-caption
        <audio
          className="voice-recorder-audio"
          controls
          src={recording.url}
          aria-label={t('voice.recorder.listen')}
        />
      ) : null}
      <div className="actions voice-recorder-actions">
        {recording ? (
          <Button busy={saving} onClick={() => void save()}>
            <EmojiPicture emoji="✔️" />
            {t('voice.recorder.save')}
          </Button>
        ) : null}
        {onCancel ? (
          <Button
            variant="quiet"
            onClick={() => {
              recorder.reset();
              onCancel();
            }}
          >
            {t('voice.recorder.cancel')}
          </Button>
        ) : null}
      </div>
    </LabelledSection>
  );
}
