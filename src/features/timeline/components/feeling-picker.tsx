import { useTranslation } from 'react-i18next';

import { ChoiceGroup, EmojiPicture } from '@/components';
import { FEELINGS, feelingId } from '../lib/feelings';

export interface FeelingPickerProps {
  value: string;
  onChange: (emoji: string) => void;
}

/** Point at a feeling. A feeling the book already holds that is not in the list stays choosable. */
export function FeelingPicker({ value, onChange }: FeelingPickerProps) {
  const { t } = useTranslation();
  const own = value !== '' && feelingId(value) === undefined;
  return (
    <div className="feeling-picker">
      <ChoiceGroup<string>
        legend={t('timeline.editor.feeling')}
        value={value}
        onChange={onChange}
        choices={[
          ...FEELINGS.map((f) => ({
            value: f.emoji,
            label: t(`timeline.feelings.${f.id}`),
            picture: <EmojiPicture emoji={f.emoji} />,
          })),
          ...(own ? [{ value, label: t('timeline.editor.ownFeeling'), picture: value }] : []),
          { value: '', label: t('timeline.editor.noFeeling') },
        ]}
      />
    </div>
  );
}
