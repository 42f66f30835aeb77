import { useTranslation } from 'react-i18next';

import { BookModeChoice, ChoiceGroup, patchSetter, TextField } from '@/components';
import { AVATARS, COLOURS, NICKNAME_MAX } from '../lib/cover-choices';
import type { CoverForm, CoverResult } from '../lib/cover-form';

import { BirthDateFields } from './birth-date-fields';

export interface CoverFieldsProps {
  form: CoverForm;
  onChange: (patch: Partial<CoverForm>) => void;
  problems: CoverResult['problems'];
}

export function CoverFields({ form, onChange, problems }: CoverFieldsProps) {
  const { t } = useTranslation();
  const set = patchSetter(onChange);
  return (
    <>
      <TextField
        label={t('cover.nickname')}
        hint={t('cover.nicknameHint')}
        value={form.nickname}
        limit={NICKNAME_MAX}
        autoComplete="off"
        onValueChange={set('nickname')}
        error={
          problems.nickname ? t(`cover.${problems.nickname}`, { max: NICKNAME_MAX }) : undefined
        }
      />
      <ChoiceGroup
        legend={t('cover.avatar')}
        value={form.emoji}
        onChange={set('emoji')}
        choices={AVATARS.map((a) => ({
          value: a.emoji,
          label: t(`avatars.${a.id}`),
          picture: a.emoji,
        }))}
      />
      <ChoiceGroup
        legend={t('cover.colour')}
        value={form.colour}
        onChange={set('colour')}
        choices={COLOURS.map((c) => ({
          value: c,
          label: t(`colours.${c}`),
          picture: <span className={`swatch colour-${c}`} />,
          className: 'choice-colour',
        }))}
      />
      <BirthDateFields form={form} onChange={onChange} problem={problems.birthDate} />
      <BookModeChoice mode="ageMode" value={form.ageMode} onChange={set('ageMode')} />
      <BookModeChoice mode="locale" value={form.locale} onChange={set('locale')} />
    </>
  );
}
