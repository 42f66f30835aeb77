import { useTranslation } from 'react-i18next';

import { OptionSelect } from '@/components';
import type { CoverForm, CoverResult } from '../lib/cover-form';

const YEARS = Array.from({ length: 40 }, (_, i) => String(new Date().getFullYear() - i));
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));
const DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

type BirthPart = 'birthYear' | 'birthMonth' | 'birthDay';

export interface BirthDateFieldsProps {
  form: CoverForm;
  onChange: (patch: Partial<CoverForm>) => void;
  problem: CoverResult['problems']['birthDate'];
}

/** The birth date as year, month and day, each of which may be unknown. */
export function BirthDateFields({ form, onChange, problem }: BirthDateFieldsProps) {
  const { t } = useTranslation();
  const monthNames = t('date.months', { returnObjects: true });
  const parts: { part: BirthPart; options: { value: string; label: string }[] }[] = [
    { part: 'birthYear', options: YEARS.map((y) => ({ value: y, label: y })) },
    {
      part: 'birthMonth',
      options: MONTHS.map((m) => ({
        value: m,
        label: monthNames[Number(m) as keyof typeof monthNames],
      })),
    },
    { part: 'birthDay', options: DAYS.map((d) => ({ value: d, label: d })) },
  ];
  return (
    <fieldset className="date-fields">
      <legend>{t('cover.birthDate')}</legend>
      {parts.map(({ part, options }) => (
        <label key={part}>
          <span>{t(`cover.${part}`)}</span>
          <OptionSelect
            value={form[part]}
            onChange={(value) => {
              onChange({ [part]: value });
            }}
            empty={t('cover.unknown')}
            options={options}
          />
        </label>
      ))}
      {problem ? (
        <p className="field-error" role="alert">
          {t('cover.birthDateInvalid')}
        </p>
      ) : null}
    </fieldset>
  );
}
