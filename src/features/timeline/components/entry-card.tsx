import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture, ReadAloudButton } from '@/components';
import { isSealed, sealDate } from '@/domain';
import type { Entry, Person, Photo } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useDateText } from '../hooks/use-date-text';
import { KIND_PICTURE } from '../lib/kinds';
import { entryPath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';
import { storyText } from '../lib/story-text';

import { AuthorLine } from './author-line';
import { EntryThumb } from './entry-thumb';
import { FeelingMark } from './feeling-mark';
import { PlaceLine } from './place-line';

export interface EntryCardProps {
  entry: Entry;
  people: ReadonlyMap<string, Person>;
  photos: ReadonlyMap<string, Photo>;
  now: Date;
}

/** How much of the story a card shows: pictures first for the youngest, more words for teens. */
const EXCERPT = { young: 0, middle: 160, teen: 320 } as const;

function excerpt(text: string, max: number): string {
  if (max === 0 || text.length <= max) return max === 0 ? '' : text;
  return `${text.slice(0, max).trimEnd()} …`;
}

/**
 * One item on the timeline. Its title opens it; the author is always shown. Memoised: the
 * virtual list re-renders on every scroll frame, and a card whose entry did not change need not.
 */
export const EntryCard = memo(function EntryCard({ entry, people, photos, now }: EntryCardProps) {
  const { t } = useTranslation();
  const { bookId, ageMode, birth, locale } = useBookContext();
  const dates = useDateText(birth);
  const headingId = useId();
  const sealed = isSealed(entry.sealedUntil, now);
  const photo = entry.photoIds.map((id) => photos.get(id)).find((p) => p && !p.hidden);
  const names = entry.personIds.flatMap((id) => people.get(id)?.name ?? []);
  const when = entry.period ? dates.period(entry.period) : dates.fuzzy(entry.date);
  const story = sealed ? '' : excerpt(entry.text, EXCERPT[ageMode]);

  return (
    <article className={`entry-card kind-${entry.kind}`} aria-labelledby={headingId}>
      <div className="entry-card-picture">
        {photo ? (
          <EntryThumb
            photo={photo}
            alt={photo.caption ?? t('timeline.photoOf', { title: entry.title })}
          />
        ) : (
          <span className="entry-kind-picture" aria-hidden="true">
            <EmojiPicture emoji={KIND_PICTURE[entry.kind]} />
          </span>
        )}
      </div>
      <div className="entry-card-body">
        <h3 id={headingId} className="entry-title">
          <Link to={entryPath(bookId, entry.id)}>{entry.title}</Link>
          {entry.feeling ? <FeelingMark emoji={entry.feeling} /> : null}
        </h3>
        <p className="entry-when">{[t(`timeline.kinds.${entry.kind}`), when].join(' · ')}</p>
        <PlaceLine entry={entry} />
        {sealed && entry.sealedUntil ? (
          <p className="entry-sealed">
            <EmojiPicture emoji={PICTURES.letter} /> {t('timeline.sealed.closed')}
            {' · '}
            {t('timeline.sealed.until', { date: dates.fuzzy(sealDate(entry.sealedUntil)) })}
          </p>
        ) : null}
        {story ? <p className="entry-excerpt">{story}</p> : null}
        <p className="entry-meta">
          <AuthorLine author={entry.author} />
          {entry.visibility === 'only-me' ? (
            <span className="badge badge-private">{t('timeline.onlyMe')}</span>
          ) : null}
          {names.length > 0 ? (
            <span className="entry-people">
              {t('timeline.with')} {names.join(', ')}
            </span>
          ) : null}
          {entry.photoIds.length > 0 ? (
            <span className="entry-photo-count">
              {t('timeline.photoCount', { count: entry.photoIds.length })}
            </span>
          ) : null}
        </p>
        {sealed ? null : (
          <ReadAloudButton
            speechKey={entry.id}
            name={entry.title}
            text={storyText(entry)}
            locale={locale}
          />
        )}
      </div>
    </article>
  );
});
