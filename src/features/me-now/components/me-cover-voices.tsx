import '../me-now-voice.css';

import { useTranslation } from 'react-i18next';

import { VoicePlayer } from '@/components';
import type { MeNow, Photo } from '@/domain';

import { FIELDS } from './me-now-form';

/** On the cover: the "Mig nu" answers the child gave in their own voice, each ready to play. */
export function MeCoverVoices({
  voiceIds,
  items,
}: {
  voiceIds: MeNow['voiceIds'];
  items: readonly Photo[];
}) {
  const { t } = useTranslation();
  const answers = FIELDS.flatMap((q) => {
    const item = items.find((p) => p.id === voiceIds?.[q] && !p.deletedAt);
    return item ? [{ q, item }] : [];
  });
  if (answers.length === 0) return null;
  return (
    <ul className="me-cover-voices">
      {answers.map(({ q, item }) => (
        <li key={q}>
          <span className="me-cover-voice-question">{t(`meNow.${q}`)}</span>
          <VoicePlayer item={item} label={`${t('voice.meNow.answered')}: ${t(`meNow.${q}`)}`} />
        </li>
      ))}
    </ul>
  );
}
