import '../me-now-voice.css';

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  Button,
  VoicePlayer,
  Notice,
  saveVoiceNote,
  useErrorText,
  VoiceRecordButton,
  VoiceRecorder,
} from '@/components';
import { deletePhotos } from '@/db';
import type { MeNow, MeNowQuestion, Photo } from '@/domain';
import type { VoiceRecording } from '@/hooks';

import { saveMeNow } from '../lib/save-me-now';

export interface MeNowVoiceProps {
  bookId: string;
  question: MeNowQuestion;
  voiceIds: MeNow['voiceIds'];
  /** The book's items, to find the voice note that answers. */
  items: readonly Photo[];
}

/**
 * A "Mig nu" question answered in the child's own voice: record, listen, save; the answer then
 * plays here and on the cover. Taking it away only unlinks it: the voice note stays in the book.
 */
export function MeNowVoice({ bookId, question, voiceIds, items }: MeNowVoiceProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = t(`meNow.${question}`);
  const voiceId = voiceIds?.[question];
  const voice = voiceId ? items.find((p) => p.id === voiceId && !p.deletedAt) : undefined;

  const save = async (rec: VoiceRecording) => {
    const stored = await saveVoiceNote(bookId, rec, { title: label });
    try {
      await saveMeNow(bookId, { voiceIds: { ...voiceIds, [question]: stored.id } });
    } catch (e) {
      // An answer that could not be linked is not left behind as a stray voice note.
      await deletePhotos(bookId, [stored.id]).catch(() => undefined);
      throw e;
    }
    setRecording(false);
  };

  const remove = async () => {
    setError(null);
    const rest = { ...voiceIds };
    Reflect.deleteProperty(rest, question);
    try {
      await saveMeNow(bookId, { voiceIds: Object.keys(rest).length > 0 ? rest : undefined });
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (recording) {
    return (
      <VoiceRecorder
        label={t('voice.meNow.answer')}
        onSave={save}
        onCancel={() => {
          setRecording(false);
        }}
      />
    );
  }
  return (
    <div className="me-now-voice">
      {voice ? (
        <>
          <VoicePlayer item={voice} label={`${t('voice.meNow.answered')}: ${label}`} />
          <Button variant="quiet" onClick={() => void remove()}>
            {t('voice.meNow.remove')}
          </Button>
        </>
      ) : (
        <VoiceRecordButton
          onClick={() => {
            setRecording(true);
          }}
        >
          {t('voice.meNow.answer')}
          {/* Four of these buttons share the words: the question tells them apart. */}
          <span className="visually-hidden">: {label}</span>
        </VoiceRecordButton>
      )}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}
