import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { EntryProblem } from '../lib/entry-form';
import { NAME_MAX, PLACE_MAX, RELATION_MAX, TEXT_MAX, TITLE_MAX } from '../lib/limits';

const MAX: Partial<Record<EntryProblem, number>> = {
  titleTooLong: TITLE_MAX,
  textTooLong: TEXT_MAX,
  placeTooLong: PLACE_MAX,
  authorNameTooLong: NAME_MAX,
  personNameTooLong: NAME_MAX,
  relationTooLong: RELATION_MAX,
};

/** A translated sentence for each thing the editor can find wrong. */
export function useProblemText(): (problem: EntryProblem | undefined) => string | undefined {
  const { t } = useTranslation();
  return useCallback(
    (problem) =>
      problem === undefined ? undefined : t(`timeline.problems.${problem}`, { max: MAX[problem] }),
    [t],
  );
}
