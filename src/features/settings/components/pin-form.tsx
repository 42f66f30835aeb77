import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionButtons } from '@/components';
import { TextField } from '@/components';
import { isValidPin } from '@/crypto';
import { forgetPin, setPin } from '@/db';

export interface PinFormProps {
  bookId: string;
  /** Runs a change and says how it went (the lock section's one notice). */
  run: (work: () => Promise<void>, done: string) => Promise<void>;
  onInvalid: (text: string) => void;
}

/** Sets or removes the quick-unlock PIN (held in memory only). */
export function PinForm({ bookId, run, onInvalid }: PinFormProps) {
  const { t } = useTranslation();
  const [pin, setPinDraft] = useState('');
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isValidPin(pin)) {
          onInvalid(t('settings.pinInvalid'));
          return;
        }
        void run(() => setPin(bookId, pin), t('settings.pinSet')).then(() => {
          setPinDraft('');
        });
      }}
    >
      <TextField
        label={t('settings.pin')}
        hint={t('settings.pinExplain')}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        value={pin}
        onChange={(e) => {
          setPinDraft(e.target.value);
        }}
      />
      <div className="actions">
        <ActionButtons
          actions={[
            { label: t('settings.setPin'), type: 'submit' },
            {
              label: t('settings.removePin'),
              variant: 'quiet',
              onClick: () => {
                forgetPin(bookId);
              },
            },
          ]}
        />
      </div>
    </form>
  );
}
