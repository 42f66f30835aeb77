import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import {
  describeFuzzy,
  describePeriod,
  translationArgs,
  type DescribeFuzzyOptions,
  type DescribePeriodOptions,
  type FuzzyDescription,
} from '@/domain';
import type { FuzzyDate, Period } from '@/domain';

export interface DateText {
  fuzzy: (d: FuzzyDate | undefined, options?: DescribeFuzzyOptions) => string;
  period: (p: Period, options?: DescribePeriodOptions) => string;
}

/** Dates and periods in the book's language: "sommeren 2015", "ca. 2015", "da jeg var 5". */
export function useDateText(birth: FuzzyDate | undefined): DateText {
  const { t } = useTranslation();
  return useMemo(() => {
    const render = (desc: FuzzyDescription): string => {
      const [key, options] = translationArgs(desc);
      return t(key, options);
    };
    return {
      fuzzy: (d, options) => render(describeFuzzy(d, birth, options)),
      period: (p, options) => {
        const desc = describePeriod(p, birth, options);
        const start = render(desc.start);
        return t(desc.key, { start, end: desc.end ? render(desc.end) : '' });
      },
    };
  }, [t, birth]);
}
