import { useTranslation } from 'react-i18next';

import { CheckField, patchSetter, TextArea } from '@/components';
import { NOTE_MAX, type PersonDraft } from '../lib/person-form';

export interface PersonNoteFieldsProps {
  draft: PersonDraft;
  onChange: (patch: Partial<PersonDraft>) => void;
  noteError: string | undefined;
}

/** The child's own note about the person, and whether they stay out of slideshows. */
export function PersonNoteFields({ draft, onChange, noteError }: PersonNoteFieldsProps) {
  const { t } = useTranslation();
  const set = patchSetter(onChange);
  return (
    <>
      <TextArea
        label={t('people.form.note')}
        rows={4}
        value={draft.note}
        // The hard cap as maxLength: typing on shows the message rather than silently stopping.
        limit={NOTE_MAX}
        error={noteError}
        onValueChange={set('note')}
      />
      <CheckField
        label={t('people.form.hide')}
        hint={t('people.form.hideHint')}
        checked={draft.hideInSlideshows}
        onChange={set('hideInSlideshows')}
      />
    </>
  );
}
