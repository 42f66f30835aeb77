import { useTranslation } from 'react-i18next';

import { LabelledSection, Notice } from '@/components';
import { updateDetails } from '@/db';
// One list for this choice and for clamping a moving pack's setting (domain/book-settings.ts).
import { AUTO_LOCK_CHOICES } from '@/domain';
import { useBusyStatus } from '@/hooks';

import { PinForm } from './pin-form';

export function LockSettings({
  bookId,
  autoLockMinutes,
}: {
  bookId: string;
  autoLockMinutes: number;
}) {
  const { t } = useTranslation();
  const { status, setStatus, busyRun } = useBusyStatus();
  // The last notice goes first, so the same words said again (the PIN set twice) are heard again.
  const run = (work: () => Promise<void>, done: string) => {
    setStatus(null);
    return busyRun(work, done);
  };

  return (
    <LabelledSection title={t('settings.lockSection')}>
      <div className="field">
        <label htmlFor="auto-lock">{t('settings.autoLock')}</label>
        <select
          id="auto-lock"
          value={autoLockMinutes}
          onChange={(e) =>
            void run(
              () => updateDetails(bookId, { autoLockMinutes: Number(e.target.value) }),
              t('settings.autoLockSaved'),
            )
          }
        >
          {AUTO_LOCK_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      <PinForm
        bookId={bookId}
        run={run}
        onInvalid={(text) => {
          setStatus({ tone: 'error', text });
        }}
      />
      <p>{t('settings.noRemember')}</p>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </LabelledSection>
  );
}
