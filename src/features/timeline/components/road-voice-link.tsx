import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture } from '@/components';

import { useBookContext } from '../hooks/use-book-context';
import { timelinePath } from '../lib/paths';

/** "Fortæl med din stemme": the young mode's first way to tell a memory, wherever one is added. */
export function RoadVoiceLink() {
  const { t } = useTranslation();
  const { bookId } = useBookContext();
  return (
    <Link className="btn btn-primary road-voice-link" to={`${timelinePath(bookId, 'new')}?voice=1`}>
      <EmojiPicture emoji="🎙️" />
      {t('voice.road.tell')}
    </Link>
  );
}
