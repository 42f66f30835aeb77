import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import { RecoveryCodeStep } from '@/components';
import { proposeSentence, validateSentence, type SentenceProblem } from '@/components';
import { SentencePicker } from '@/components';
import { useErrorText } from '@/components';
import { generateRecoveryCode } from '@/crypto';
import { createBook } from '@/db';
import type { Locale } from '@/domain';
import { AVATARS, COLOURS } from '../lib/cover-choices';
import { readCoverForm, type CoverForm, type CoverResult } from '../lib/cover-form';

import { CoverFields } from './cover-fields';

type Step = 1 | 2 | 3;

export function CreateBookPage({
  locale,
  onLocale,
}: {
  locale: Locale;
  onLocale: (l: Locale) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [step, setStep] = useState<Step>(1);
  const [form, setForm] = useState<CoverForm>({
    nickname: '',
    emoji: AVATARS[0].emoji,
    colour: COLOURS[0],
    birthYear: '',
    birthMonth: '',
    birthDay: '',
    ageMode: 'middle',
    locale,
  });
  const [coverProblems, setCoverProblems] = useState<CoverResult['problems']>({});
  const [sentence, setSentence] = useState(proposeSentence);
  const [repeat, setRepeat] = useState('');
  const [sentenceProblem, setSentenceProblem] = useState<SentenceProblem | null>(null);
  const [code] = useState(generateRecoveryCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [bookId, setBookId] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  const stepTitle = {
    1: t('create.coverStep'),
    2: t('create.sentenceStep'),
    3: t('create.recoveryStep'),
  }[step];

  const submitCover = () => {
    const result = readCoverForm(form);
    setCoverProblems(result.problems);
    if (result.cover) setStep(2);
  };

  const submitSentence = async () => {
    const problem = validateSentence(sentence, repeat, form.nickname);
    setSentenceProblem(problem);
    if (problem) return;
    const result = readCoverForm(form);
    if (!result.cover) {
      setStep(1);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const id = await createBook({
        cover: result.cover,
        details: result.birthDate ? { birthDate: result.birthDate } : {},
        sentence,
        recoveryCode: code,
      });
      setBookId(id);
      setStep(3);
    } catch (e) {
      setError(t('create.createFailed', { reason: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="create-book">
      <h1>{t('create.title')}</h1>
      <p className="step-counter">{t('create.stepOf', { step, total: 3 })}</p>
      <h2 ref={heading} tabIndex={-1}>
        {stepTitle}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === 1) submitCover();
          else if (step === 2) void submitSentence();
          else if (bookId && confirmed) void navigate(`/book/${bookId}`);
        }}
      >
        {step === 1 ? (
          <CoverFields
            form={form}
            problems={coverProblems}
            onChange={(patch) => {
              setForm((f) => ({ ...f, ...patch }));
              if (patch.locale) onLocale(patch.locale);
            }}
          />
        ) : null}
        {step === 2 ? (
          <SentencePicker
            sentence={sentence}
            repeat={repeat}
            onSentence={setSentence}
            onRepeat={setRepeat}
            problem={sentenceProblem}
            locale={form.locale}
            bookName={form.nickname}
            input={form.ageMode === 'young' ? 'pictures' : 'typing'}
          />
        ) : null}
        {step === 3 ? (
          <>
            <RecoveryCodeStep
              code={code}
              bookName={form.nickname.trim()}
              createdAt={new Date()}
              confirmed={confirmed}
              onConfirmed={setConfirmed}
            />
          </>
        ) : null}
        {busy ? <p role="status">{t('create.creating')}</p> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="actions">
          {step === 2 && !busy ? (
            <Button
              variant="quiet"
              onClick={() => {
                setStep(1);
              }}
            >
              {t('app.back')}
            </Button>
          ) : null}
          <Button type="submit" busy={busy} disabled={step === 3 && !confirmed}>
            {step === 3 ? t('recovery.openBook') : t('app.next')}
          </Button>
        </div>
      </form>
    </div>
  );
}
