import { useTranslation } from 'react-i18next';

import { EmojiPicture } from '@/components';
import { feelingId } from '../lib/feelings';

/** The feeling's emoji, named for screen readers ("Feeling: happy"). */
export function FeelingMark({ emoji }: { emoji: string }) {
  const { t } = useTranslation();
  const id = feelingId(emoji);
  const name = id ? t(`timeline.feelings.${id}`) : emoji;
  return (
    <span className="entry-feeling" role="img" aria-label={t('timeline.feeling', { name })}>
      <EmojiPicture emoji={emoji} />
    </span>
  );
}
