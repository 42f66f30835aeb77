import { createContext, useContext } from 'react';

import type { AgeMode, FuzzyDate, Locale } from '@/domain';

/** What every timeline screen needs to know about the open book. */
export interface TimelineBook {
  bookId: string;
  /** The book's own language: read-aloud speaks it, whatever the interface shows. */
  locale: Locale;
  ageMode: AgeMode;
  birth?: FuzzyDate;
}

export const TimelineBookContext = createContext<TimelineBook | null>(null);

export function useBookContext(): TimelineBook {
  const book = useContext(TimelineBookContext);
  if (!book) throw new Error('useBookContext outside TimelineArea');
  return book;
}
