import { useTranslation } from 'react-i18next';

import { CheckField, EmojiPicture, TextField } from '@/components';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { PICTURES } from '../lib/pictures';

/** A letter for later. The UI says plainly that the seal is a ritual, not a lock. */
export function SealFields({ draft, onChange, problems }: EntryFieldsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <div className="seal-fields">
      <CheckField
        label={
          <>
            <EmojiPicture emoji={PICTURES.letter} /> {t('timeline.editor.seal')}
          </>
        }
        checked={draft.sealed}
        onChange={(sealed) => {
          onChange({ sealed });
        }}
      />
      {draft.sealed ? (
        <TextField
          type="date"
          label={t('timeline.editor.sealDate')}
          value={draft.sealedUntil}
          min="1900-01-01"
          max="2200-12-31"
          error={problemText(problems.seal)}
          onChange={(e) => {
            onChange({ sealedUntil: e.target.value });
          }}
        />
      ) : null}
      <p className="field-hint">{t('timeline.editor.sealRitual')}</p>
    </div>
  );
}
