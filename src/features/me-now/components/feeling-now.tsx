import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceGroup, EmojiPicture, Notice, useErrorText, useHoldToHear } from '@/components';
import { FEELINGS } from '@/domain';

import { saveMeNow } from '../lib/save-me-now';

/** The choice of no feeling: nothing is stored. */
const NONE = '';

/**
 * "How I feel now": the timeline's feelings as big picture tiles; one tap saves. Native radio
 * buttons, so arrow keys and screen readers work; a long press reads the feeling's name aloud.
 */
export function FeelingNow({ bookId, feeling }: { bookId: string; feeling: string | undefined }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const hold = useHoldToHear('me-now-feeling');
  // The tapped feeling shows at once and gives way to the stored one once that has caught up.
  const [picked, setPicked] = useState<string | null>(null);
  const [seen, setSeen] = useState(feeling);
  if (seen !== feeling) {
    setSeen(feeling);
    if (picked === (feeling ?? NONE)) setPicked(null);
  }
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  const choices = [
    ...FEELINGS.map((f) => ({
      value: f.emoji,
      label: t(`timeline.feelings.${f.id}`),
      picture: <EmojiPicture emoji={f.emoji} size={48} />,
    })),
    { value: NONE, label: t('meNowPictures.feeling.none') },
  ];

  const pick = async (next: string) => {
    setPicked(next);
    setError(null);
    setStatus('');
    try {
      await saveMeNow(bookId, { feeling: next === NONE ? undefined : next });
      const name = choices.find((c) => c.value === next)?.label ?? next;
      setStatus(t('meNowPictures.saved', { what: name }));
    } catch (e) {
      setPicked(null);
      setError(t('meNowPictures.saveFailed', { reason: errorText(e) }));
    }
  };

  return (
    <section className="me-now-feeling">
      <ChoiceGroup<string>
        legend={<span className="me-now-pictures-title">{t('meNowPictures.feeling.legend')}</span>}
        value={picked ?? feeling ?? NONE}
        choices={choices}
        onChange={(next) => {
          void pick(next);
        }}
        onHold={(c) => {
          hold.hear(c.label);
        }}
      />
      {hold.hint}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </section>
  );
}
