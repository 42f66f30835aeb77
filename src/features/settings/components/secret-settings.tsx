import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, LabelledSection, Notice, proposeSentence, RecoveryCodeSheet } from '@/components';
import { generateRecoveryCode } from '@/crypto';
import { changeSentence, replaceRecoveryCode } from '@/db';
import type { SecretInput } from '@/domain';
import { useBusyStatus, useSentenceChoice } from '@/hooks';

import { SentenceForm } from './sentence-form';

export function SecretSettings({
  bookId,
  name,
  locale,
  input,
}: {
  bookId: string;
  name: string;
  locale: string;
  /** Pictures first in the young mode; the child can switch to typing. */
  input?: SecretInput;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const secret = useSentenceChoice();
  // Both changes show one busy state and one notice.
  const { busy, status, setStatus, busyRun } = useBusyStatus();
  const [newCode, setNewCode] = useState<string | null>(null);

  const saveSentence = async () => {
    if (!secret.check(name)) return;
    await busyRun(async () => {
      await changeSentence(bookId, secret.sentence);
      setOpen(false);
      secret.reset();
    }, t('settings.sentenceChanged'));
  };

  const makeCode = async () => {
    const code = generateRecoveryCode();
    await busyRun(async () => {
      await replaceRecoveryCode(bookId, code);
      setNewCode(code);
    }, t('recovery.newCodeDone'));
  };

  return (
    <LabelledSection title={t('settings.changeSentence')}>
      {open ? (
        <SentenceForm
          {...secret.picker}
          locale={locale}
          bookName={name}
          input={input}
          busy={busy}
          onSave={() => void saveSentence()}
          onCancel={() => {
            setOpen(false);
          }}
        />
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            secret.reset(proposeSentence());
            setOpen(true);
            setStatus(null);
          }}
        >
          {t('settings.newSentence')}
        </Button>
      )}
      <p className="field-hint">{t('recovery.newCodeExplain')}</p>
      <Button variant="secondary" busy={busy && !open} onClick={() => void makeCode()}>
        {t('recovery.newCode')}
      </Button>
      {newCode ? <RecoveryCodeSheet code={newCode} bookName={name} createdAt={new Date()} /> : null}
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
    </LabelledSection>
  );
}
