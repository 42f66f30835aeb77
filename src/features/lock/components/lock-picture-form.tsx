import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, PictureKeyboard } from '@/components';
import type { SecretWord } from '@/crypto';

import { useUnlockText, type UnlockForm, type UnlockResult } from '../hooks/use-unlock-form';

export interface LockPictureFormProps {
  form: UnlockForm;
  onSubmit: (sentence: string) => Promise<UnlockResult>;
}

/** Opens the book by tapping the sentence's pictures in order: no spelling needed. */
export function LockPictureForm({ form, onSubmit }: LockPictureFormProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<readonly SecretWord[]>([]);
  const messageText = useUnlockText(form.message);
  return (
    <form
      className="picture-unlock"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The words as the unlock expects them: the list's Danish words, one space between.
        void onSubmit(chosen.map((w) => w.da).join(' ')).then((result) => {
          if (result !== 'opened') setChosen([]);
        });
      }}
    >
      <PictureKeyboard
        chosen={chosen}
        onChange={setChosen}
        error={messageText}
        actions={
          <Button
            type="submit"
            className="picture-unlock-open"
            busy={form.busy}
            disabled={form.waiting || chosen.length === 0}
          >
            <span aria-hidden="true">🔓</span>{' '}
            {form.busy ? t('pictureKeyboard.opening') : t('pictureKeyboard.open')}
          </Button>
        }
      />
    </form>
  );
}
