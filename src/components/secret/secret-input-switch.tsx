import { useTranslation } from 'react-i18next';

import type { SecretInput } from '@/domain';

import { EmojiPicture } from '../emoji-picture';
import { ToggleButtons, type ValueProps } from '../toggle-buttons';

const INPUTS: readonly SecretInput[] = ['pictures', 'typing'];
/** Drawn from the bundled pictures: a raw 🖼️ is an empty box where no colour emoji font is. */
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
          <EmojiPicture emoji={PICTURE[v]} /> {label[v]}
        </>
      )}
    </ToggleButtons>
  );
}
