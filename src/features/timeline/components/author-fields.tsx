import { useTranslation } from 'react-i18next';

import { ChoiceGroup, patchSetter, TextField } from '@/components';
import type { Author } from '@/domain';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { NAME_MAX } from '../lib/limits';

/** Whose words: the child's own voice is marked as theirs, an adult's words as an adult's. */
export function AuthorFields({ draft, onChange, problems }: EntryFieldsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const set = patchSetter(onChange);
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
          value={draft.authorName}
          limit={NAME_MAX}
          autoComplete="off"
          error={problemText(problems.author)}
          onValueChange={set('authorName')}
        />
      )}
    </div>
  );
}
