import '../road.css';

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture, EmptyState, NavIcon } from '@/components';
import { useBookContext } from '../hooks/use-book-context';
import { KIND_PICTURE } from '../lib/kinds';
import { timelinePath } from '../lib/paths';

import { RoadPicture } from './road-picture';
import { RoadVoiceLink } from './road-voice-link';

/**
 * The timeline before anything is on it: a picture of a road with a house at its start, a few
 * kind words and one big action. The youngest start a memory with pictures only; the others
 * start with the home they live in now, the usual first page of a life story.
 */
export function TimelineEmpty() {
  const { t } = useTranslation();
  const { bookId, ageMode } = useBookContext();
  const young = ageMode === 'young';
  return (
    <EmptyState
      className="timeline-empty"
      picture={<RoadPicture />}
      title={t('road.empty.title')}
      text={young ? t('road.empty.young') : t('timeline.empty')}
      action={
        <>
          {young ? <RoadVoiceLink /> : null}
          <Link
            className="btn btn-primary"
            to={young ? timelinePath(bookId, 'new') : `${timelinePath(bookId, 'new')}?kind=home`}
          >
            {young ? <NavIcon name="add" /> : <EmojiPicture emoji={KIND_PICTURE.home} />}
            {young ? t('road.empty.addFirst') : t('timeline.addHome')}
          </Link>
        </>
      }
    />
  );
}
