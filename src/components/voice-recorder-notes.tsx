import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { deletePhotos } from '@/db';
import type { Photo } from '@/domain';
import { formatVoiceTime, type VoiceRecording } from '@/hooks';

import { LabelledSection } from './labelled-section';
import { VoicePlayer } from './voice-recorder-player';
import { VoiceRecordButton } from './voice-record-button';
import { VoiceRecorder } from './voice-recorder';
import { saveVoiceNote, type VoiceLinks } from './voice-recorder-save';

export interface VoiceNotesProps {
  bookId: string;
  /** The voice notes that belong here already, each played in place. */
  notes: readonly Photo[];
  /** What a new voice note belongs to (an entry, a photo, a person). */
  links: VoiceLinks;
  /**
   * After the note is stored, for a link kept on the other side (an entry's `photoIds`). A throw
   * removes the note again, so no half-linked note stays behind, and the recording stays on screen.
   */
  onSaved?: (note: Photo) => Promise<void>;
}

/**
 * Voice notes attached to an entry, a photo or a person: each plays in place, and one more can
 * be recorded here with the shared recorder.
 */
export function VoiceNotes({ bookId, notes, links, onSaved }: VoiceNotesProps) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);

  const save = async (rec: VoiceRecording) => {
    const note = await saveVoiceNote(bookId, rec, links);
    try {
      await onSaved?.(note);
    } catch (e) {
      await deletePhotos(bookId, [note.id]).catch(() => undefined);
      throw e;
    }
    setRecording(false);
  };

  return (
    <LabelledSection
      className="voice-notes"
      headingClassName="voice-notes-heading"
      title={t('voice.attach.heading')}
    >
      {notes.length > 0 ? (
        <ul className="voice-notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <VoicePlayer
                item={n}
                label={
                  n.title ?? t('voice.note.play', { time: formatVoiceTime(n.durationMs ?? 0) })
                }
              />
            </li>
          ))}
        </ul>
      ) : null}
      {recording ? (
        <VoiceRecorder
          onSave={save}
          onCancel={() => {
            setRecording(false);
          }}
        />
      ) : (
        <VoiceRecordButton
          onClick={() => {
            setRecording(true);
          }}
        >
          {t('voice.attach.add')}
        </VoiceRecordButton>
      )}
    </LabelledSection>
  );
}
