import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { AGE_MODES, LOCALES, type BookCover } from '@/domain';

import { ChoiceGroup } from './choice-group';

/** The cover's two modes: how the app speaks to the child, and in which language. */
type BookMode = 'ageMode' | 'locale';

/** Each mode's question, its values in the order offered, and the name of each value. */
const MODES: {
  [M in BookMode]: {
    legend: (t: TFunction) => string;
    values: readonly BookCover[M][];
    label: (t: TFunction, value: BookCover[M]) => string;
  };
} = {
  ageMode: {
    legend: (t) => t('cover.ageMode'),
    values: AGE_MODES,
    label: (t, m) => t(`ageMode.${m}`),
  },
  locale: {
    legend: (t) => t('cover.language'),
    values: LOCALES,
    label: (t, l) => t(`lang.${l}`),
  },
};

export interface BookModeChoiceProps<M extends BookMode> {
  mode: M;
  value: BookCover[M];
  onChange: (value: BookCover[M]) => void;
}

/** A book's age mode or language: chosen when the book is made, changed in its settings. */
export function BookModeChoice<M extends BookMode>({
  mode,
  value,
  onChange,
}: BookModeChoiceProps<M>) {
  const { t } = useTranslation();
  const { legend, values, label } = MODES[mode];
  return (
    <ChoiceGroup<BookCover[M]>
      legend={legend(t)}
      layout="list"
      value={value}
      onChange={onChange}
      choices={values.map((v) => ({ value: v, label: label(t, v) }))}
    />
  );
}
