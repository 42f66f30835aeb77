import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture } from '@/components';
import type { BookCounts } from '../hooks/use-book';

type Part = 'timeline' | 'people' | 'photos' | 'map';

const PARTS: readonly { part: Part; path: string; picture: string }[] = [
  { part: 'timeline', path: 'timeline', picture: '🛤️' },
  { part: 'people', path: 'people', picture: '🫶' },
  { part: 'photos', path: 'photos', picture: '📷' },
  { part: 'map', path: 'people/map', picture: '🗺️' },
];

/**
 * The book's cover: the child's photo, name and age, and four big tiles to the parts of the
 * book, each with how much is in it, so a child who cannot read the menu can still find her way.
 */
export function MeCover({
  bookId,
  name,
  age,
  colour,
  counts,
  photo,
  now,
}: {
  bookId: string;
  name: string;
  age: number | undefined;
  /** The book's cover colour, so the cover looks like the book on the shelf. */
  colour: string;
  counts: BookCounts | undefined;
  /** The photo of me now with its "choose"/"change" button (MeNowPhoto). */
  photo: ReactNode;
  /** How I feel now and what I like, by picture (MeCoverNow), under the name and age. */
  now?: ReactNode;
}) {
  const { t } = useTranslation();
  const base = `/book/${encodeURIComponent(bookId)}`;
  const count = (part: Part): string | undefined => {
    if (!counts) return undefined;
    if (part === 'timeline') return t('bookCover.count.entries', { count: counts.entries });
    if (part === 'photos') {
      const photos = t('bookCover.count.photos', { count: counts.photos });
      return counts.otherMedia > 0
        ? `${photos}, ${t('bookCover.count.otherMedia', { count: counts.otherMedia })}`
        : photos;
    }
    // People and the map show the same people: the number once, on the people tile.
    return part === 'people' ? t('bookCover.count.people', { count: counts.people }) : undefined;
  };
  return (
    <section className={`me-cover colour-${colour}`} aria-labelledby="me-cover-title">
      <div className="me-cover-words">
        <h1 id="me-cover-title" className="me-cover-kicker">
          {t('meNow.title')}
        </h1>
        <p className="me-cover-name">{name}</p>
        {age !== undefined ? (
          <p className="me-cover-age">{t('bookCover.age', { count: age })}</p>
        ) : null}
        {now}
      </div>
      <div className="me-cover-photo">{photo}</div>
      <nav className="me-cover-parts" aria-label={t('bookCover.parts')}>
        <ul>
          {PARTS.map(({ part, path, picture }) => {
            const n = count(part);
            return (
              <li key={part}>
                <Link className={`card-link me-tile me-tile-${part}`} to={`${base}/${path}`}>
                  <span className="me-tile-picture" aria-hidden="true">
                    <EmojiPicture emoji={picture} />
                  </span>
                  <span className="me-tile-name">{t(`bookCover.tiles.${part}`)}</span>{' '}
                  {n ? <span className="me-tile-count">{n}</span> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </section>
  );
}
