import { useTranslation } from 'react-i18next';

import { ChoiceGroup, TextField } from '@/components';
import type { Author } from '@/domain';
import { useEntryFields } from '../hooks/use-entry-fields';
import type { EntryFieldsProps } from '../lib/entry-form';
import { NAME_MAX } from '../lib/limits';

/** Whose words: the child's own voice is marked as theirs, an adult's words as an adult's. */
export function AuthorFields(props: EntryFieldsProps) {
  const { t } = useTranslation();
  const { set, textProps } = useEntryFields(props);
  const { draft } = props;
  return (
    <div className="author-fields">
      <ChoiceGroup<Author['kind']>
        legend={t('timeline.editor.author')}
        layout="list"
        value={draft.author}
        onChange={set('author')}
        choices={[
          { value: 'child', label: t('timeline.editor.authorChild'), picture: '🧒' },
          { value: 'adult', label: t('timeline.editor.authorAdult'), picture: '🧑' },
          { value: 'together', label: t('timeline.editor.authorTogether'), picture: '🤝' },
        ]}
      />
      {draft.author === 'child' ? null : (
        <TextField
          label={
            draft.author === 'adult'
              ? t('timeline.editor.authorName')
              : t('timeline.editor.togetherName')
          }
          limit={NAME_MAX}
          autoComplete="off"
          {...textProps('authorName')}
        />
      )}
    </div>
  );
}
