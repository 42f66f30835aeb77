import '../road.css';

import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture } from '@/components';
import { hasThumb, isSealed } from '@/domain';
import type { Entry, Photo } from '@/domain';

import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';
import { KIND_PICTURE } from '../lib/kinds';
import { entryPath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

import { EntryThumb } from './entry-thumb';
import { FeelingMark } from './feeling-mark';

export interface RoadCardProps {
  entry: Entry;
  photos: ReadonlyMap<string, Photo>;
  now: Date;
}

/**
 * One stop on the youngest's road: the kind's picture on the road itself, then a big card with
 * the first photo, the feeling and the title. The whole card opens the entry, a big target.
 */
export const RoadCard = memo(function RoadCard({ entry, photos, now }: RoadCardProps) {
  const { t } = useTranslation();
  const { bookId, birth } = useBookContext();
  const dates = useDateText(birth);
  const headingId = useId();
  const sealed = isSealed(entry.sealedUntil, now);
  // A voice note (or a paper without a first page) has no picture to put on the card.
  const photo = entry.photoIds
    .map((id) => photos.get(id))
    .find((p) => p && !p.hidden && hasThumb(p));
  const when = entry.period ? dates.period(entry.period) : dates.fuzzy(entry.date);

  return (
    <article className={`road-card kind-${entry.kind}`} aria-labelledby={headingId}>
      <span className="road-stop" aria-hidden="true">
        <EmojiPicture emoji={KIND_PICTURE[entry.kind]} />
      </span>
      <div className="road-card-body">
        {photo && !sealed ? (
          <div className="road-card-photo">
            <EntryThumb
              photo={photo}
              alt={photo.caption ?? t('road.road.photo', { title: entry.title })}
            />
          </div>
        ) : null}
        <h3 id={headingId} className="road-card-title">
          <Link to={entryPath(bookId, entry.id)}>{entry.title}</Link>
        </h3>
        <p className="road-card-line">
          {entry.feeling ? <FeelingMark emoji={entry.feeling} /> : null}
          <span className="road-card-when">
            {[t(`timeline.kinds.${entry.kind}`), when].join(' · ')}
          </span>
          {sealed ? (
            <span className="road-card-sealed">
              <EmojiPicture emoji={PICTURES.letter} /> {t('timeline.sealed.closed')}
            </span>
          ) : null}
        </p>
      </div>
    </article>
  );
});
