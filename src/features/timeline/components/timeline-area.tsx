import '../timeline.css';

import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useParams } from 'react-router';

import { usePurgeBin } from '@/hooks';
import { TimelineBookContext, type TimelineBook } from '../hooks/use-book-context';
import { useTimelineBook } from '../hooks/use-timeline-data';
import { NO_FILTER, type TimelineFilter } from '../lib/filter-entries';

import { BinPage } from './bin-page';
import { EntryEditorPage } from './entry-editor-page';
import { EntryPage } from './entry-page';
import { NotOnTimeline } from './not-on-timeline';
import { PlacesPage } from './places-page';
import { TimelinePage } from './timeline-page';

/** The timeline area of an open book: the timeline, an entry, the editor, the bin, the lists. */
export function TimelineArea() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const book = useTimelineBook(bookId);
  // The filter outlives a visit to an entry, so "back" returns to the same view.
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  // Where the timeline was scrolled to, so "back" from an entry lands on the same spot.
  const timelineScroll = useRef(0);
  const { pathname } = useLocation();
  usePurgeBin(bookId);

  // Every other screen of the area opens at its top (the router keeps the old scroll).
  const onIndex = /\/timeline\/?$/.test(pathname);
  useLayoutEffect(() => {
    if (!onIndex) window.scrollTo(0, 0);
  }, [pathname, onIndex]);

  const context = useMemo<TimelineBook | undefined>(
    () =>
      book
        ? {
            bookId,
            locale: book.summary.cover.locale,
            ageMode: book.summary.cover.ageMode,
            ...(book.details.birthDate ? { birth: book.details.birthDate } : {}),
          }
        : undefined,
    [book, bookId],
  );

  if (!context) return <p role="status">{t('app.loading')}</p>;
  return (
    <TimelineBookContext.Provider value={context}>
      <Routes>
        <Route
          index
          element={<TimelinePage filter={filter} onFilter={setFilter} scroll={timelineScroll} />}
        />
        <Route path="new" element={<EntryEditorPage />} />
        <Route path="entry/:entryId" element={<EntryPage />} />
        <Route path="entry/:entryId/edit" element={<EntryEditorPage />} />
        <Route path="bin" element={<BinPage />} />
        <Route path="homes" element={<PlacesPage list="homes" />} />
        <Route path="schools" element={<PlacesPage list="schools" />} />
        <Route path="*" element={<NotOnTimeline />} />
      </Routes>
    </TimelineBookContext.Provider>
  );
}
