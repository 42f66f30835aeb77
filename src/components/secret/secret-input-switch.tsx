import { useTranslation } from 'react-i18next';

import type { SecretInput } from '@/domain';

const INPUTS: readonly SecretInput[] = ['pictures', 'typing'];
const PICTURE: Readonly<Record<SecretInput, string>> = { pictures: '🖼️', typing: '⌨️' };

/** Two big toggle buttons: pictures or typing. Switching never stores anything about the secret. */
export function SecretInputSwitch({
  value,
  onChange,
}: {
  value: SecretInput;
  onChange: (value: SecretInput) => void;
}) {
  const { t } = useTranslation();
  const label: Readonly<Record<SecretInput, string>> = {
    pictures: t('pictureKeyboard.usePictures'),
    typing: t('pictureKeyboard.useTyping'),
  };
  return (
    <div role="group" aria-label={t('pictureKeyboard.inputLabel')} className="secret-input-switch">
      {INPUTS.map((v) => (
        <button
          key={v}
          type="button"
          className="secret-input-choice"
          aria-pressed={value === v}
          onClick={() => {
            onChange(v);
          }}
        >
          <span aria-hidden="true">{PICTURE[v]}</span> {label[v]}
        </button>
      ))}
    </div>
  );
}
