import { useTranslation } from 'react-i18next';

import { SEASONS } from '@/domain';
import type { EntryProblem } from '../lib/entry-form';
import type { FuzzyDraft } from '../lib/fuzzy-draft';

import { DatePartField } from './date-part-field';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAY_OPTIONS = Array.from({ length: 31 }, (_, i) => ({
  value: String(i + 1),
  label: i + 1,
}));

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

export interface FuzzyDatePartsProps {
  /** The fieldset's id, from which each part's id is made. */
  id: string;
  draft: FuzzyDraft;
  onChange: (patch: Partial<FuzzyDraft>) => void;
  problem?: EntryProblem;
}

/** The parts the chosen precision asks for: a year, a season, a month, a day, or an age. */
export function FuzzyDateParts({ id, draft, onChange, problem }: FuzzyDatePartsProps) {
  const { t } = useTranslation();
  const monthNames = t('date.months', { returnObjects: true });
  const bad = invalidField(problem);
  const invalid = (field: string) => (bad === field ? true : undefined);
  const p = draft.precision;
  const choose = t('timeline.editor.choose');
  return (
    <div className="date-fields-row">
      {p !== 'none' && p !== 'age' ? (
        <DatePartField
          id={`${id}-year`}
          label={t('timeline.editor.year')}
          value={draft.year}
          invalid={invalid('year')}
          onChange={(year) => {
            onChange({ year });
          }}
        />
      ) : null}
      {p === 'season' ? (
        <DatePartField
          id={`${id}-season`}
          label={t('timeline.editor.season')}
          value={draft.season}
          invalid={invalid('season')}
          placeholder={choose}
          options={SEASONS.map((s) => ({ value: s, label: t(`timeline.editor.seasons.${s}`) }))}
          onChange={(v) => {
            onChange({ season: SEASONS.find((s) => s === v) ?? '' });
          }}
        />
      ) : null}
      {p === 'month' || p === 'day' ? (
        <DatePartField
          id={`${id}-month`}
          label={t('timeline.editor.month')}
          value={draft.month}
          invalid={invalid('month')}
          placeholder={choose}
          options={MONTHS.map((m) => ({
            value: String(m),
            label: monthNames[m as keyof typeof monthNames],
          }))}
          onChange={(month) => {
            onChange({ month });
          }}
        />
      ) : null}
      {p === 'day' ? (
        <DatePartField
          id={`${id}-day`}
          label={t('timeline.editor.day')}
          value={draft.day}
          invalid={invalid('day') ?? (problem === 'dateInvalid' ? true : undefined)}
          placeholder={choose}
          options={DAY_OPTIONS}
          onChange={(day) => {
            onChange({ day });
          }}
        />
      ) : null}
      {p === 'age' ? (
        <DatePartField
          id={`${id}-age`}
          label={t('timeline.editor.age')}
          value={draft.age}
          invalid={invalid('age')}
          size={4}
          onChange={(age) => {
            onChange({ age });
          }}
        />
      ) : null}
    </div>
  );
}
