import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { RecoveryCodeSheet } from '@/components';
import { proposeSentence, validateSentence, type SentenceProblem } from '@/components';
import { SentencePicker } from '@/components';
import { useErrorText } from '@/components';
import { generateRecoveryCode } from '@/crypto';
import { changeSentence, replaceRecoveryCode } from '@/db';
import type { SecretInput } from '@/domain';

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
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [sentence, setSentence] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<SentenceProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [newCode, setNewCode] = useState<string | null>(null);

  const saveSentence = async () => {
    const p = validateSentence(sentence, repeat, name);
    setProblem(p);
    if (p) return;
    setBusy(true);
    try {
      await changeSentence(bookId, sentence);
      setStatus({ tone: 'success', text: t('settings.sentenceChanged') });
      setOpen(false);
      setSentence('');
      setRepeat('');
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const makeCode = async () => {
    const code = generateRecoveryCode();
    setBusy(true);
    try {
      await replaceRecoveryCode(bookId, code);
      setNewCode(code);
      setStatus({ tone: 'success', text: t('recovery.newCodeDone') });
    } catch (e) {
      setStatus({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="settings-secret">
      <h2 id="settings-secret">{t('settings.changeSentence')}</h2>
      {open ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void saveSentence();
          }}
        >
          <SentencePicker
            sentence={sentence}
            repeat={repeat}
            onSentence={setSentence}
            onRepeat={setRepeat}
            problem={problem}
            locale={locale}
            bookName={name}
            input={input}
          />
          <div className="actions">
            <Button type="submit" busy={busy}>
              {t('app.save')}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setOpen(false);
              }}
            >
              {t('app.cancel')}
            </Button>
          </div>
        </form>
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
