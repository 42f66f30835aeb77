import { useTranslation } from 'react-i18next';

import type { SelectOption } from '@/components';
import { SEASONS } from '@/domain';
import type { EntryProblem } from '../lib/entry-form';
import type { FuzzyDraft, Precision } from '../lib/fuzzy-draft';

import { DatePartField } from './date-part-field';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAY_OPTIONS = Array.from({ length: 31 }, (_, i) => ({
  value: String(i + 1),
  label: i + 1,
}));

type Part = 'year' | 'season' | 'month' | 'day' | 'age';

/** The parts each precision asks for, in the order they stand on the line. */
const PARTS: Readonly<Record<Precision, readonly Part[]>> = {
  year: ['year'],
  season: ['year', 'season'],
  month: ['year', 'month'],
  day: ['year', 'month', 'day'],
  age: ['age'],
  none: [],
};

/** Which input a problem points at, so that one is marked and focused. */
function invalidField(problem: EntryProblem | undefined): Part | undefined {
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

/** The draft with one part changed; a season is only ever one the domain knows. */
function withPart(part: Part, value: string): Partial<FuzzyDraft> {
  const patch: Partial<FuzzyDraft> = {};
  if (part === 'season') patch.season = SEASONS.find((s) => s === value) ?? '';
  else patch[part] = value;
  return patch;
}

/** The parts the chosen precision asks for: a year, a season, a month, a day, or an age. */
export function FuzzyDateParts({ id, draft, onChange, problem }: FuzzyDatePartsProps) {
  const { t } = useTranslation();
  const monthNames = t('date.months', { returnObjects: true });
  const bad = invalidField(problem);
  // A day that does not exist in its month marks the day as well as the year.
  const invalid = (part: Part) =>
    bad === part || (part === 'day' && problem === 'dateInvalid') ? true : undefined;
  // Lists to choose from; the year and the age are typed as numbers.
  const options: Partial<Record<Part, readonly SelectOption[]>> = {
    season: SEASONS.map((s) => ({ value: s, label: t(`timeline.editor.seasons.${s}`) })),
    month: MONTHS.map((m) => ({
      value: String(m),
      label: monthNames[m as keyof typeof monthNames],
    })),
    day: DAY_OPTIONS,
  };
  return (
    <div className="date-fields-row">
      {PARTS[draft.precision].map((part) => (
        <DatePartField
          key={part}
          id={`${id}-${part}`}
          label={t(`timeline.editor.${part}`)}
          value={draft[part]}
          invalid={invalid(part)}
          options={options[part]}
          placeholder={options[part] ? t('timeline.editor.choose') : undefined}
          size={part === 'age' ? 4 : undefined}
          onChange={(value) => {
            onChange(withPart(part, value));
          }}
        />
      ))}
    </div>
  );
}
