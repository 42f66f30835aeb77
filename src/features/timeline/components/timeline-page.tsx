import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmojiPicture, NavIcon, Notice, PageHeader } from '@/components';
import type { Person, Photo } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useBinnedCount, useBookPhotos, usePeople } from '../hooks/use-timeline-data';
import { useTimelineEntries } from '../hooks/use-timeline-data';
import { useTimelineRows } from '../hooks/use-timeline-rows';
import { isFiltering, NO_FILTER, type TimelineFilter } from '../lib/filter-entries';
import { KIND_PICTURE } from '../lib/kinds';
import { timelinePath } from '../lib/paths';
import { PICTURES } from '../lib/pictures';

import { BinnedNotice } from './binned-notice';
import { DrawMemoryButton } from './draw-memory-button';
import { RoadVoiceLink } from './road-voice-link';
import { TimelineFilters } from './timeline-filters';
import { TimelineResults } from './timeline-results';

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
  const { list: entries, total, partial } = useTimelineEntries(bookId);
  const people = usePeople(bookId);
  const photos = useBookPhotos(bookId);
  const binned = useBinnedCount(bookId);
  const peopleById = useMemo(() => byId<Person>(people?.items), [people]);
  const photosById = useMemo(() => byId<Photo>(photos?.items), [photos]);
  const filtering = isFiltering(filter);
  const { rows, shown, now } = useTimelineRows(entries, filter, peopleById, birth, partial);

  const binLabel = binned ? t('timeline.binLinkCount', { count: binned }) : t('timeline.binLink');
  const damaged = entries?.damaged.length ?? 0;

  return (
    // data-partial: only the first screen's entries are open yet (the rest open behind it);
    // what measures the full list (the timeline bench) waits for it to go.
    <div className="timeline-page" data-partial={partial || undefined}>
      <PageHeader title={t('timeline.title')} intro={t(`timeline.intro.${ageMode}`)} />
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
        <Link
          className="btn btn-secondary timeline-bin-link"
          to={timelinePath(bookId, 'bin')}
          title={binLabel}
        >
          <EmojiPicture emoji={PICTURES.bin} />
          {/* A place to tidy up, not to tell: its picture (and count) is enough to see, at the
              row's end; its words stay its name (and its title, for a mouse). */}
          <span className="visually-hidden">{binLabel}</span>
          {binned ? (
            <span className="timeline-bin-count" aria-hidden="true">
              {binned}
            </span>
          ) : null}
        </Link>
      </nav>
      {damaged > 0 ? (
        <Notice tone="warning">{t('timeline.damaged', { count: damaged })}</Notice>
      ) : null}
      {total > 0 ? (
        <TimelineFilters filter={filter} onChange={onFilter} people={people?.items ?? []} />
      ) : null}
      <p role="status" className="timeline-count">
        {filtering && entries && !partial ? t('timeline.showing', { shown, total }) : ''}
      </p>
      <TimelineResults
        // A search waits for every entry: the first screen's alone would miss matches.
        loading={!entries || (partial && filtering)}
        total={total}
        rows={rows}
        people={peopleById}
        photos={photosById}
        now={now}
        scroll={scroll}
        road={ageMode === 'young'}
        onClearFilter={() => {
          onFilter(NO_FILTER);
        }}
      />
    </div>
  );
}
