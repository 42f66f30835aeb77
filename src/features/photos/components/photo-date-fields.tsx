import { useId } from 'react';
import { useTranslation } from 'react-i18next';

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
  return (
    <fieldset className="date-fields">
      <legend>{legend ?? t('photos.details.when')}</legend>
      <label htmlFor={`${id}-year`}>
        {t('photos.details.year')}
        <select
          id={`${id}-year`}
          value={value.year ?? ''}
          onChange={(e) => {
            const year = e.target.value === '' ? undefined : Number(e.target.value);
            onChange(year === undefined ? {} : { year, month: value.month });
          }}
        >
          <option value="">{t('photos.details.unknown')}</option>
          {value.year !== undefined && !years.includes(value.year) ? (
            <option value={value.year}>{value.year}</option>
          ) : null}
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-month`}>
        {t('photos.details.month')}
        <select
          id={`${id}-month`}
          value={value.month ?? ''}
          disabled={value.year === undefined}
          onChange={(e) => {
            onChange({
              year: value.year,
              month: e.target.value === '' ? undefined : Number(e.target.value),
            });
          }}
        >
          <option value="">{t('photos.details.unknown')}</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {monthNames[m]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
