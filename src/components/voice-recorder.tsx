import './voice-recorder.css';

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatVoiceTime, useVoiceRecorder, type VoiceRecording, type VoiceState } from '@/hooks';

import { Button } from './button';
import { EmojiPicture } from './emoji-picture';
import { Notice } from './notice';
import { useErrorText } from './use-error-text';

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

function shownMs(state: VoiceState): number {
  if (state.phase === 'recording') return state.elapsedMs;
  if (state.phase === 'finishing') return state.durationMs;
  if (state.phase === 'recorded') return state.recording.durationMs;
  return 0;
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
  const labelId = useId();
  const live = state.phase === 'recording' || state.phase === 'finishing';
  const time = formatVoiceTime(shownMs(state));
  const limitText = t('voice.recorder.limitMinutes', {
    count: Math.round(recorder.limitMs / 60000),
  });

  const status =
    state.phase === 'asking'
      ? t('voice.recorder.asking')
      : live
        ? t('voice.recorder.recording')
        : state.phase === 'recorded'
          ? state.reason === 'limit'
            ? t('voice.recorder.limitReached', { limit: limitText })
            : t('voice.recorder.stopped', { time })
          : saving
            ? t('voice.recorder.saving')
            : '';

  const save = async () => {
    if (!recording) return;
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(recording);
    } catch (e) {
      setSaveError(t('voice.recorder.saveFailed', { reason: errorText(e) }));
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
    <section className="voice-recorder" aria-labelledby={labelId}>
      <h2 id={labelId} className="voice-recorder-label">
        {label ?? t('voice.recorder.label')}
      </h2>
      <div className="voice-recorder-row">
        <Button
          className={`voice-recorder-main${live ? ' is-recording' : ''}`}
          variant={live ? 'danger' : 'primary'}
          busy={state.phase === 'asking' || state.phase === 'finishing' || saving}
          onClick={main}
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
        <div className="voice-recorder-gauges">
          <span className="voice-recorder-time" role="timer" aria-label={t('voice.recorder.time')}>
            {time}
          </span>
          {live ? (
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
      </div>
      <p role="status" className="voice-recorder-status">
        {status}
      </p>
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
    </section>
  );
}
