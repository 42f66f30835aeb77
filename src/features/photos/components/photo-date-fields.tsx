import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { OptionSelect } from '@/components';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
const FIRST_YEAR = 1950;

export interface YearMonth {
  year?: number;
  month?: number;
}

/** When a photo was taken, as far as anyone knows: a year, and a month if known. */
export function PhotoDateFields({
  value,
  onChange,
  legend,
}: {
  value: YearMonth;
  onChange: (v: YearMonth) => void;
  /** The question, when it is not a photo's ("When is the paper from?"). */
  legend?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const monthNames = t('date.months', { returnObjects: true });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  // A year from before the list (an old photo's date) stays on top rather than being dropped.
  if (value.year !== undefined && !years.includes(value.year)) years.unshift(value.year);
  return (
    <fieldset className="date-fields">
      <legend>{legend ?? t('photos.details.when')}</legend>
      <label htmlFor={`${id}-year`}>
        {t('photos.details.year')}
        <OptionSelect
          id={`${id}-year`}
          value={value.year === undefined ? '' : String(value.year)}
          onChange={(raw) => {
            onChange(raw === '' ? {} : { year: Number(raw), month: value.month });
          }}
          empty={t('photos.details.unknown')}
          options={years.map((y) => ({ value: String(y), label: y }))}
        />
      </label>
      <label htmlFor={`${id}-month`}>
        {t('photos.details.month')}
        <OptionSelect
          id={`${id}-month`}
          value={value.month === undefined ? '' : String(value.month)}
          disabled={value.year === undefined}
          onChange={(raw) => {
            onChange({ year: value.year, month: raw === '' ? undefined : Number(raw) });
          }}
          empty={t('photos.details.unknown')}
          options={MONTHS.map((m) => ({ value: String(m), label: monthNames[m] }))}
        />
      </label>
    </fieldset>
  );
}
