import { useTranslation } from 'react-i18next';

import { ToggleButtons, type ValueProps } from '@/components';
import { SUPPORTED_LOCALES } from '@/i18n';
import type { Locale } from '@/domain';

export function LanguageSwitch(props: ValueProps<Locale>) {
  const { t } = useTranslation();
  return (
    <ToggleButtons
      {...props}
      label={t('lang.label')}
      className="language-switch"
      buttonClassName="btn btn-quiet"
      options={SUPPORTED_LOCALES}
      langOf={(l) => l}
    >
      {(l) => t(`lang.${l}`)}
    </ToggleButtons>
  );
}
