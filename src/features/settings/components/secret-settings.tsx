import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { RecoveryCodeSheet } from '@/components';
import { proposeSentence, validateSentence, type SentenceProblem } from '@/components';
import { generateRecoveryCode } from '@/crypto';
import { changeSentence, replaceRecoveryCode } from '@/db';
import type { SecretInput } from '@/domain';

import { useBusyStatus } from '../hooks/use-busy-status';

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
  const [sentence, setSentence] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<SentenceProblem | null>(null);
  // Both changes show one busy state and one notice.
  const { busy, status, setStatus, busyRun } = useBusyStatus();
  const [newCode, setNewCode] = useState<string | null>(null);

  const saveSentence = async () => {
    const p = validateSentence(sentence, repeat, name);
    setProblem(p);
    if (p) return;
    await busyRun(async () => {
      await changeSentence(bookId, sentence);
      setOpen(false);
      setSentence('');
      setRepeat('');
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
    <section aria-labelledby="settings-secret">
      <h2 id="settings-secret">{t('settings.changeSentence')}</h2>
      {open ? (
        <SentenceForm
          sentence={sentence}
          repeat={repeat}
          onSentence={setSentence}
          onRepeat={setRepeat}
          problem={problem}
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
            setSentence(proposeSentence());
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
    </section>
  );
}
