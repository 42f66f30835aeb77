import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceGroup } from '../../../components/choice-group';
import { SEASONS, resolveYear } from '../../../domain/fuzzy-date';
import { useBookContext } from '../hooks/use-book-context';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryProblem } from '../lib/entry-form';
import { readFuzzyDraft, type FuzzyDraft, type Precision } from '../lib/fuzzy-draft';

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

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** Which input a problem points at, so that one is marked and focused. */
function invalidField(problem: EntryProblem | undefined): string | undefined {
  switch (problem) {
    case 'seasonMissing':
      return 'season';
    case 'monthMissing':
      return 'month';
    case 'dayMissing':
      return 'day';
    case 'ageInvalid':
      return 'age';
    case undefined:
      return undefined;
    default:
      return 'year';
  }
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
  const monthNames = t('date.months', { returnObjects: true });
  const error = problemText(problem);
  const bad = invalidField(problem);
  const invalid = (field: string) => (bad === field ? true : undefined);
  const set = (patch: Partial<FuzzyDraft>) => {
    onChange({ ...draft, ...patch });
  };
  const shown = precisions.includes(draft.precision)
    ? precisions
    : [...precisions, draft.precision];
  const p = draft.precision;
  const datedYear = p !== 'none' && p !== 'age';
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
          <div className="date-fields-row">
            {datedYear ? (
              <div className="field-inline">
                <label htmlFor={`${id}-year`}>{t('timeline.editor.year')}</label>
                <input
                  id={`${id}-year`}
                  inputMode="numeric"
                  autoComplete="off"
                  size={6}
                  maxLength={6}
                  value={draft.year}
                  aria-invalid={invalid('year')}
                  onChange={(e) => {
                    set({ year: e.target.value });
                  }}
                />
              </div>
            ) : null}
            {p === 'season' ? (
              <div className="field-inline">
                <label htmlFor={`${id}-season`}>{t('timeline.editor.season')}</label>
                <select
                  id={`${id}-season`}
                  value={draft.season}
                  aria-invalid={invalid('season')}
                  onChange={(e) => {
                    const season = SEASONS.find((s) => s === e.target.value) ?? '';
                    set({ season });
                  }}
                >
                  <option value="">{t('timeline.editor.choose')}</option>
                  {SEASONS.map((s) => (
                    <option key={s} value={s}>
                      {t(`timeline.editor.seasons.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {p === 'month' || p === 'day' ? (
              <div className="field-inline">
                <label htmlFor={`${id}-month`}>{t('timeline.editor.month')}</label>
                <select
                  id={`${id}-month`}
                  value={draft.month}
                  aria-invalid={invalid('month')}
                  onChange={(e) => {
                    set({ month: e.target.value });
                  }}
                >
                  <option value="">{t('timeline.editor.choose')}</option>
                  {MONTHS.map((m) => (
                    <option key={m} value={String(m)}>
                      {monthNames[m as keyof typeof monthNames]}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {p === 'day' ? (
              <div className="field-inline">
                <label htmlFor={`${id}-day`}>{t('timeline.editor.day')}</label>
                <select
                  id={`${id}-day`}
                  value={draft.day}
                  aria-invalid={invalid('day') ?? (problem === 'dateInvalid' ? true : undefined)}
                  onChange={(e) => {
                    set({ day: e.target.value });
                  }}
                >
                  <option value="">{t('timeline.editor.choose')}</option>
                  {DAYS.map((d) => (
                    <option key={d} value={String(d)}>
                      {d}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            {p === 'age' ? (
              <div className="field-inline">
                <label htmlFor={`${id}-age`}>{t('timeline.editor.age')}</label>
                <input
                  id={`${id}-age`}
                  inputMode="numeric"
                  autoComplete="off"
                  size={4}
                  maxLength={4}
                  value={draft.age}
                  aria-invalid={invalid('age')}
                  onChange={(e) => {
                    set({ age: e.target.value });
                  }}
                />
              </div>
            ) : null}
          </div>
          {ageYear !== undefined ? (
            <p className="field-hint">{t('timeline.editor.ageYear', { year: ageYear })}</p>
          ) : null}
          {p === 'none' ? null : (
            <label className="check">
              <input
                type="checkbox"
                checked={draft.approx}
                onChange={(e) => {
                  set({ approx: e.target.checked });
                }}
              />
              <span>{t('timeline.editor.approx')}</span>
            </label>
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
