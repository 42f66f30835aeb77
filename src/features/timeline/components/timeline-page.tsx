import { useDeferredValue, useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button, EmojiPicture, EmptyState, NavIcon, Notice } from '@/components';
import { timelineRows } from '@/domain';
import type { Person, Photo } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useBinnedCount, useBookPhotos, useEntries, usePeople } from '../hooks/use-timeline-data';
import { filterEntries, isFiltering, NO_FILTER, type TimelineFilter } from '../lib/filter-entries';
import { KIND_PICTURE } from '../lib/kinds';
import { timelinePath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

import { BinnedNotice } from './binned-notice';
import { DrawMemoryButton } from './draw-memory-button';
import { RoadVoiceLink } from './road-voice-link';
import { TimelineFilters } from './timeline-filters';
import { TimelineEmpty } from './timeline-empty';
import { TimelineList } from './timeline-list';

export interface TimelinePageProps {
  filter: TimelineFilter;
  onFilter: (filter: TimelineFilter) => void;
  /** The scroll position to come back to, kept by the area across visits to entries. */
  scroll: RefObject<number>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((i) => [i.id, i]));
}

/** The life story in time: grouped by year with ages, periods beside the moments. */
export function TimelinePage({ filter, onFilter, scroll }: TimelinePageProps) {
  const { t } = useTranslation();
  const { bookId, ageMode, birth } = useBookContext();
  const entries = useEntries(bookId);
  const people = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const binned = useBinnedCount(bookId);
  // Typing in the search box stays instant; the list catches up when React has time.
  const query = useDeferredValue(filter.query);
  const peopleById = useMemo(() => byId<Person>(people?.items), [people]);
  const photosById = useMemo(() => byId<Photo>(photos?.items), [photos]);
  const filtering = isFiltering(filter);

  const { rows, shown, now } = useMemo(() => {
    const today = new Date();
    const items = entries?.items ?? [];
    const visible = filterEntries(items, { ...filter, query }, peopleById, today);
    return {
      now: today,
      shown: visible.length,
      rows: timelineRows(visible, {
        birth,
        currentYear: today.getFullYear(),
        fillPeriodYears: !isFiltering({ ...filter, query }),
      }),
    };
  }, [entries, filter, query, peopleById, birth]);

  const total = entries?.items.length ?? 0;
  const damaged = entries?.damaged.length ?? 0;

  return (
    <div className="timeline-page">
      <h1>{t('timeline.title')}</h1>
      <p className="lead">{t(`timeline.intro.${ageMode}`)}</p>
      <BinnedNotice />
      <nav className="timeline-actions" aria-label={t('timeline.title')}>
        {ageMode === 'young' ? (
          // The youngest tell first, with their voice: no reading or typing needed.
          <RoadVoiceLink />
        ) : null}
        <Link className="btn btn-primary add-entry" to={timelinePath(bookId, 'new')}>
          <NavIcon name="add" />
          {t('timeline.add')}
        </Link>
        <DrawMemoryButton />
        <Link className="btn btn-secondary" to={timelinePath(bookId, 'homes')}>
          <EmojiPicture emoji={KIND_PICTURE.home} />
          <span className="timeline-link-text">{t('timeline.homesLink')}</span>
        </Link>
        <Link className="btn btn-secondary" to={timelinePath(bookId, 'schools')}>
          <EmojiPicture emoji={KIND_PICTURE.school} />
          <span className="timeline-link-text">{t('timeline.schoolsLink')}</span>
        </Link>
        <Link className="btn btn-secondary" to={timelinePath(bookId, 'bin')}>
          <EmojiPicture emoji={PICTURES.bin} />
          {/* On a phone only the pictures show (book-layout.css); the words stay the names. */}
          <span className="timeline-link-text">
            {binned ? t('timeline.binLinkCount', { count: binned }) : t('timeline.binLink')}
          </span>
        </Link>
      </nav>
      {damaged > 0 ? (
        <Notice tone="warning">{t('timeline.damaged', { count: damaged })}</Notice>
      ) : null}
      {total > 0 ? (
        <TimelineFilters filter={filter} onChange={onFilter} people={people?.items ?? []} />
      ) : null}
      <p role="status" className="timeline-count">
        {filtering && entries ? t('timeline.showing', { shown, total }) : ''}
      </p>
      {!entries ? (
        <p role="status">{t('app.loading')}</p>
      ) : total === 0 ? (
        <TimelineEmpty />
      ) : rows.length === 0 ? (
        <EmptyState
          className="timeline-no-matches"
          picture="🔍"
          title={t('empty.search.title')}
          text={t('timeline.noMatches')}
          action={
            <Button
              onClick={() => {
                onFilter(NO_FILTER);
              }}
            >
              {t('empty.search.action')}
            </Button>
          }
        />
      ) : (
        <TimelineList
          rows={rows}
          people={peopleById}
          photos={photosById}
          now={now}
          scroll={scroll}
          road={ageMode === 'young'}
        />
      )}
    </div>
  );
}
