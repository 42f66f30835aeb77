import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, EmptyState } from '@/components';
import type { Entry, Person, Photo, TimelineRow } from '@/domain';

import { TimelineEmpty } from './timeline-empty';
import { TimelineList } from './timeline-list';

export interface TimelineResultsProps {
  /** Still opening the book's entries. */
  loading: boolean;
  /** How many entries the book holds, before any filter. */
  total: number;
  rows: TimelineRow<Entry>[];
  people: ReadonlyMap<string, Person>;
  photos: ReadonlyMap<string, Photo>;
  now: Date;
  scroll: RefObject<number>;
  road: boolean;
  onClearFilter: () => void;
}

/** The list, or why there is none: loading, an empty book, or a search that matched nothing. */
export function TimelineResults({
  loading,
  total,
  rows,
  onClearFilter,
  ...list
}: TimelineResultsProps) {
  const { t } = useTranslation();
  if (loading) return <p role="status">{t('app.loading')}</p>;
  if (total === 0) return <TimelineEmpty />;
  if (rows.length > 0) return <TimelineList rows={rows} {...list} />;
  return (
    <EmptyState
      className="timeline-no-matches"
      picture="🔍"
      title={t('empty.search.title')}
      text={t('timeline.noMatches')}
      action={<Button onClick={onClearFilter}>{t('empty.search.action')}</Button>}
    />
  );
}
