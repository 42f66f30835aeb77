import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { CheckField, ChoiceGroup } from '@/components';
import { resolveYear } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryProblem } from '../lib/entry-form';
import { readFuzzyDraft, type FuzzyDraft, type Precision } from '../lib/fuzzy-draft';

import { FuzzyDateParts } from './fuzzy-date-parts';

export interface FuzzyDateFieldsProps {
  legend: string;
  draft: FuzzyDraft;
  onChange: (draft: FuzzyDraft) => void;
  precisions: readonly Precision[];
  problem?: EntryProblem;
  /** Shown above the fields, e.g. "until now" for a period's end. */
  before?: ReactNode;
  hidden?: boolean;
}

/**
 * A date as a child remembers it: the year, the season, the month, the day, or "when I was N"
 * (turned into a year when the birth date is known), or not at all; and "about" for not sure.
 */
export function FuzzyDateFields({
  legend,
  draft,
  onChange,
  precisions,
  problem,
  before,
  hidden = false,
}: FuzzyDateFieldsProps) {
  const { t } = useTranslation();
  const { birth } = useBookContext();
  const problemText = useProblemText();
  const id = useId();
  const error = problemText(problem);
  const set = (patch: Partial<FuzzyDraft>) => {
    onChange({ ...draft, ...patch });
  };
  const shown = precisions.includes(draft.precision)
    ? precisions
    : [...precisions, draft.precision];
  const p = draft.precision;
  const ageYear = p === 'age' ? resolveYear(readFuzzyDraft(draft).date, birth) : undefined;
  const describedBy = error ? `${id}-error` : undefined;

  return (
    <fieldset className="fuzzy-date" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {before}
      {hidden ? null : (
        <>
          <ChoiceGroup<Precision>
            legend={t('timeline.editor.precision')}
            value={p}
            onChange={(precision) => {
              set({ precision });
            }}
            choices={shown.map((value) => ({
              value,
              label: t(`timeline.editor.precisions.${value}`),
            }))}
          />
          <FuzzyDateParts id={id} draft={draft} onChange={set} problem={problem} />
          {ageYear !== undefined ? (
            <p className="field-hint">{t('timeline.editor.ageYear', { year: ageYear })}</p>
          ) : null}
          {p === 'none' ? null : (
            <CheckField
              label={t('timeline.editor.approx')}
              checked={draft.approx}
              onChange={(approx) => {
                set({ approx });
              }}
            />
          )}
        </>
      )}
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
