import { useTranslation } from 'react-i18next';

import { CheckField, patchSetter, TextField } from '@/components';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { PLACE_MAX } from '../lib/limits';

/** Where it was; a secret address (anonymised placement) is marked so it is never let out. */
export function PlaceFields({ draft, onChange, problems }: EntryFieldsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const set = patchSetter(onChange);
  return (
    <div className="place-fields">
      <TextField
        label={t('timeline.editor.place')}
        hint={t('timeline.editor.placeHint')}
        value={draft.place}
        limit={PLACE_MAX}
        autoComplete="off"
        error={problemText(problems.place)}
        onValueChange={set('place')}
      />
      <CheckField
        label={t('timeline.editor.protected')}
        hint={t('timeline.editor.protectedHint')}
        checked={draft.protected}
        onChange={set('protected')}
      />
    </div>
  );
}
