import { useTranslation } from 'react-i18next';

import { SUPPORTED_LOCALES } from '@/i18n';
import type { Locale } from '@/domain';

export function LanguageSwitch({
  value,
  onChange,
}: {
  value: Locale;
  onChange: (l: Locale) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {SUPPORTED_LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="btn btn-quiet"
          aria-pressed={value === l}
          onClick={() => {
            onChange(l);
          }}
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
