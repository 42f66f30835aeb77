import { useTranslation } from 'react-i18next';

import type { SecretInput } from '@/domain';

import { ToggleButtons, type ValueProps } from '../toggle-buttons';

const INPUTS: readonly SecretInput[] = ['pictures', 'typing'];
const PICTURE: Readonly<Record<SecretInput, string>> = { pictures: '🖼️', typing: '⌨️' };

/** Two big toggle buttons: pictures or typing. Switching never stores anything about the secret. */
export function SecretInputSwitch(props: ValueProps<SecretInput>) {
  const { t } = useTranslation();
  const label: Readonly<Record<SecretInput, string>> = {
    pictures: t('pictureKeyboard.usePictures'),
    typing: t('pictureKeyboard.useTyping'),
  };
  return (
    <ToggleButtons
      {...props}
      label={t('pictureKeyboard.inputLabel')}
      className="secret-input-switch"
      buttonClassName="chip secret-input-choice"
      options={INPUTS}
    >
      {(v) => (
        <>
          <span aria-hidden="true">{PICTURE[v]}</span> {label[v]}
        </>
      )}
    </ToggleButtons>
  );
}
