import { useTranslation } from 'react-i18next';

import { ChoiceGroup } from '@/components';
import { TextField } from '@/components';
import type { Author } from '@/domain';
import { useProblemText } from '../hooks/use-problem-text';
import type { EntryFieldsProps } from '../lib/entry-form';
import { maxUnits, NAME_MAX } from '../lib/limits';

/** Whose words: the child's own voice is marked as theirs, an adult's words as an adult's. */
export function AuthorFields({ draft, onChange, problems }: EntryFieldsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <div className="author-fields">
      <ChoiceGroup<Author['kind']>
        legend={t('timeline.editor.author')}
        layout="list"
        value={draft.author}
        onChange={(author) => {
          onChange({ author });
        }}
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
          maxLength={maxUnits(NAME_MAX)}
          autoComplete="off"
          error={problemText(problems.author)}
          onChange={(e) => {
            onChange({ authorName: e.target.value });
          }}
        />
      )}
    </div>
  );
}
