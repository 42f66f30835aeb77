import { useTranslation } from 'react-i18next';

import { ChoiceGroup } from '@/components';
import { TextField } from '@/components';
import { maxUnits } from '@/domain';
import type { AgeMode, Locale } from '@/domain';
import { AVATARS, COLOURS, NICKNAME_MAX } from '../lib/cover-choices';
import type { CoverForm, CoverResult } from '../lib/cover-form';

export interface CoverFieldsProps {
  form: CoverForm;
  onChange: (patch: Partial<CoverForm>) => void;
  problems: CoverResult['problems'];
}

const YEARS = Array.from({ length: 40 }, (_, i) => String(new Date().getFullYear() - i));
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));
const DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

export function CoverFields({ form, onChange, problems }: CoverFieldsProps) {
  const { t } = useTranslation();
  const monthNames = t('date.months', { returnObjects: true });
  return (
    <>
      <TextField
        label={t('cover.nickname')}
        hint={t('cover.nicknameHint')}
        value={form.nickname}
        maxLength={maxUnits(NICKNAME_MAX)}
        autoComplete="off"
        onChange={(e) => {
          onChange({ nickname: e.target.value });
        }}
        error={
          problems.nickname ? t(`cover.${problems.nickname}`, { max: NICKNAME_MAX }) : undefined
        }
      />
      <ChoiceGroup
        legend={t('cover.avatar')}
        value={form.emoji}
        onChange={(emoji) => {
          onChange({ emoji });
        }}
        choices={AVATARS.map((a) => ({
          value: a.emoji,
          label: t(`avatars.${a.id}`),
          picture: a.emoji,
        }))}
      />
      <ChoiceGroup
        legend={t('cover.colour')}
        value={form.colour}
        onChange={(colour) => {
          onChange({ colour });
        }}
        choices={COLOURS.map((c) => ({
          value: c,
          label: t(`colours.${c}`),
          picture: <span className={`swatch colour-${c}`} />,
          className: 'choice-colour',
        }))}
      />
      <fieldset className="date-fields">
        <legend>{t('cover.birthDate')}</legend>
        <label>
          <span>{t('cover.birthYear')}</span>
          <select
            value={form.birthYear}
            onChange={(e) => {
              onChange({ birthYear: e.target.value });
            }}
          >
            <option value="">{t('cover.unknown')}</option>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cover.birthMonth')}</span>
          <select
            value={form.birthMonth}
            onChange={(e) => {
              onChange({ birthMonth: e.target.value });
            }}
          >
            <option value="">{t('cover.unknown')}</option>
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {monthNames[Number(m) as keyof typeof monthNames]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('cover.birthDay')}</span>
          <select
            value={form.birthDay}
            onChange={(e) => {
              onChange({ birthDay: e.target.value });
            }}
          >
            <option value="">{t('cover.unknown')}</option>
            {DAYS.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        {problems.birthDate ? (
          <p className="field-error" role="alert">
            {t('cover.birthDateInvalid')}
          </p>
        ) : null}
      </fieldset>
      <ChoiceGroup<AgeMode>
        legend={t('cover.ageMode')}
        layout="list"
        value={form.ageMode}
        onChange={(ageMode) => {
          onChange({ ageMode });
        }}
        choices={(['young', 'middle', 'teen'] as const).map((m) => ({
          value: m,
          label: t(`ageMode.${m}`),
        }))}
      />
      <ChoiceGroup<Locale>
        legend={t('cover.language')}
        layout="list"
        value={form.locale}
        onChange={(locale) => {
          onChange({ locale });
        }}
        choices={(['da', 'en'] as const).map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      />
    </>
  );
}
