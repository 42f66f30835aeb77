import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, SECRET_TYPING, TextField } from '@/components';

import { useUnlockText, type UnlockForm, type UnlockResult } from '../hooks/use-unlock-form';

export interface LockTypedFormProps {
  form: UnlockForm;
  onSubmit: (secret: string) => Promise<UnlockResult>;
}

/** One field for the sentence, the recovery code or the PIN, whichever the lock asks for. */
export function LockTypedForm({ form, onSubmit }: LockTypedFormProps) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState('');
  const { mode } = form;
  const label = {
    sentence: t('lock.sentenceLabel'),
    recovery: t('lock.recoveryLabel'),
    pin: t('lock.pinLabel'),
  }[mode];
  const messageText = useUnlockText(form.message);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(secret).then((result) => {
          // A recovery code written wrongly stays, to be corrected rather than typed again.
          if (result === 'refused') setSecret('');
        });
      }}
    >
      <TextField
        label={label}
        type={mode === 'pin' ? 'password' : 'text'}
        inputMode={mode === 'pin' ? 'numeric' : 'text'}
        {...SECRET_TYPING}
        value={secret}
        onChange={(e) => {
          setSecret(e.target.value);
        }}
        error={messageText ?? undefined}
      />
      <div className="actions">
        <Button type="submit" busy={form.busy} disabled={form.waiting || secret.trim() === ''}>
          {form.busy ? t('lock.unlocking') : t('lock.unlock')}
        </Button>
      </div>
    </form>
  );
}
