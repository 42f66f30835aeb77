import { useTranslation } from 'react-i18next';

import { CheckField, patchSetter } from '@/components';
import type { AgeMode } from '@/domain';
import { useBookContext } from '../hooks/use-book-context';
import type { EntryDraft, EntryFieldsProps } from '../lib/entry-form';
import { PRECISIONS, type Precision } from '../lib/fuzzy-draft';
import { isPeriodKind } from '../lib/kinds';

import { FuzzyDateFields } from './fuzzy-date-fields';

/** The youngest get the two ways a child usually knows: the year, or how old they were. */
const CHOICES: Readonly<Record<AgeMode, readonly Precision[]>> = {
  young: ['year', 'age', 'none'],
  middle: PRECISIONS,
  teen: PRECISIONS,
};

/** A date for a moment; a start and an end (or "until now") for a home, school or club. */
export function WhenFields({ draft, onChange, problems }: EntryFieldsProps) {
  const { t } = useTranslation();
  const { ageMode } = useBookContext();
  const choices = CHOICES[ageMode];
  const set = patchSetter((patch: Partial<EntryDraft>) => {
    onChange({ ...patch, datesTouched: true });
  });
  if (!draft.kind || !isPeriodKind(draft.kind)) {
    return (
      <FuzzyDateFields
        legend={t('timeline.editor.when')}
        draft={draft.date}
        precisions={choices}
        problem={problems.date}
        onChange={set('date')}
      />
    );
  }
  return (
    <div className="period-fields">
      <FuzzyDateFields
        legend={t('timeline.editor.start')}
        draft={draft.start}
        precisions={choices.filter((c) => c !== 'none')}
        problem={problems.start}
        onChange={set('start')}
      />
      <FuzzyDateFields
        legend={t('timeline.editor.end')}
        draft={draft.end}
        precisions={choices}
        problem={problems.end}
        hidden={draft.ongoing}
        onChange={set('end')}
        before={
          <CheckField
            label={t('timeline.editor.ongoing')}
            checked={draft.ongoing}
            onChange={set('ongoing')}
          />
        }
      />
    </div>
  );
}
