import { useTranslation } from 'react-i18next';

import { CheckField, EmojiPicture, patchSetter, TextField } from '@/components';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { PICTURES } from '../lib/pictures';

/** A letter for later. The UI says plainly that the seal is a ritual, not a lock. */
export function SealFields({ draft, onChange, problems }: EntryFieldsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const set = patchSetter(onChange);
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
          value={draft.sealedUntil}
          min="1900-01-01"
          max="2200-12-31"
          error={problemText(problems.seal)}
          onValueChange={set('sealedUntil')}
        />
      ) : null}
      <p className="field-hint">{t('timeline.editor.sealRitual')}</p>
    </div>
  );
}
