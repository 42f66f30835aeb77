import { useTranslation } from 'react-i18next';

import { CheckField, TextField } from '@/components';
import { useEntryFields } from '../hooks/use-entry-fields';
import type { EntryFieldsProps } from '../lib/entry-form';
import { PLACE_MAX } from '../lib/limits';

/** Where it was; a secret address (anonymised placement) is marked so it is never let out. */
export function PlaceFields(props: EntryFieldsProps) {
  const { t } = useTranslation();
  const { set, textProps } = useEntryFields(props);
  return (
    <div className="place-fields">
      <TextField
        label={t('timeline.editor.place')}
        hint={t('timeline.editor.placeHint')}
        limit={PLACE_MAX}
        autoComplete="off"
        {...textProps('place')}
      />
      <CheckField
        label={t('timeline.editor.protected')}
        hint={t('timeline.editor.protectedHint')}
        checked={props.draft.protected}
        onChange={set('protected')}
      />
    </div>
  );
}
