import { useTranslation } from 'react-i18next';

import { CheckField, EmojiPicture, TextField } from '@/components';
import { useEntryFields } from '../hooks/use-entry-fields';
import type { EntryFieldsProps } from '../lib/entry-form';
import { PICTURES } from '../lib/pictures';

/** A letter for later. The UI says plainly that the seal is a ritual, not a lock. */
export function SealFields(props: EntryFieldsProps) {
  const { t } = useTranslation();
  const { set, textProps } = useEntryFields(props);
  const { draft } = props;
  return (
    <div className="seal-fields">
      <CheckField
        label={
          <>
            <EmojiPicture emoji={PICTURES.letter} /> {t('timeline.editor.seal')}
          </>
        }
        checked={draft.sealed}
        onChange={set('sealed')}
      />
      {draft.sealed ? (
        <TextField
          type="date"
          label={t('timeline.editor.sealDate')}
          min="1900-01-01"
          max="2200-12-31"
          {...textProps('sealedUntil')}
        />
      ) : null}
      <p className="field-hint">{t('timeline.editor.sealRitual')}</p>
    </div>
  );
}
