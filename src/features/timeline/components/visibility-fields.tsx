import { useTranslation } from 'react-i18next';

import { ChoiceGroup } from '@/components';
import type { Visibility } from '@/domain';

export interface VisibilityFieldsProps {
  value: Visibility;
  onChange: (value: Visibility) => void;
}

/** "Only me" stays in the app and out of any copy unless the child chooses otherwise. */
export function VisibilityFields({ value, onChange }: VisibilityFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="visibility-fields">
      <ChoiceGroup<Visibility>
        legend={t('timeline.editor.visibility')}
        layout="list"
        value={value}
        onChange={onChange}
        choices={[
          { value: 'book', label: t('timeline.editor.visibilityBook'), picture: '📖' },
          { value: 'only-me', label: t('timeline.editor.visibilityOnlyMe'), picture: '🔒' },
        ]}
      />
      <p className="field-hint">{t('timeline.editor.visibilityHint')}</p>
    </div>
  );
}
