import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { saveVoiceNote, VoiceRecorder } from '@/components';
import { deletePhotos, saveEntry } from '@/db';
import { newId } from '@/domain';
import type { VoiceRecording } from '@/hooks';

import { useBookContext } from '../hooks/use-book-context';
import { makeVoiceEntry } from '../lib/voice-entry';
import { entryPath, timelinePath } from '../lib/paths';

/**
 * The young mode's first way to tell a memory: press the big button and talk. Saving stores the
 * voice note and a memory holding it, with no typing at all; words can be added from the entry.
 */
export function RoadVoicePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { bookId, birth } = useBookContext();
  const headingId = useId();

  const save = async (recording: VoiceRecording) => {
    const entryId = newId();
    const voice = await saveVoiceNote(bookId, recording, { entryIds: [entryId] });
    const entry = makeVoiceEntry({ bookId, entryId, voiceId: voice.id, now: new Date(), t });
    try {
      await saveEntry(entry, birth);
    } catch (e) {
      // No voice note is left behind without the memory it was told for.
      await deletePhotos(bookId, [voice.id]).catch(() => undefined);
      throw e;
    }
    void navigate(entryPath(bookId, entryId), { replace: true });
  };

  return (
    <section className="road-voice" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('voice.road.heading')}</h1>
      <p className="lead">{t('voice.road.intro')}</p>
      <VoiceRecorder label={t('voice.road.tell')} onSave={save} />
      <div className="actions">
        <Link className="btn btn-quiet" to={timelinePath(bookId)}>
          {t('voice.road.back')}
        </Link>
      </div>
    </section>
  );
}
