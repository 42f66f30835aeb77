import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { Notice } from '@/components';
import { RecoveryCodeStep } from '@/components';
import { SentencePicker } from '@/components';
import type { Locale } from '@/domain';
import { useCreateBookWizard } from '../hooks/use-create-book-wizard';

import { CoverFields } from './cover-fields';
import { CreateBookActions } from './create-book-actions';

const STEP_TITLES = {
  1: 'create.coverStep',
  2: 'create.sentenceStep',
  3: 'create.recoveryStep',
} as const;

export function CreateBookPage({
  locale,
  onLocale,
}: {
  locale: Locale;
  onLocale: (l: Locale) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const w = useCreateBookWizard(locale);
  const { step, form, busy, confirmed } = w;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  return (
    <div className="create-book">
      <h1>{t('create.title')}</h1>
      <p className="step-counter">{t('create.stepOf', { step, total: 3 })}</p>
      <h2 ref={heading} tabIndex={-1}>
        {t(STEP_TITLES[step])}
      </h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === 1) w.submitCover();
          else if (step === 2) void w.submitSentence();
          else if (w.bookId && confirmed) void navigate(`/book/${w.bookId}`);
        }}
      >
        {step === 1 ? (
          <CoverFields
            form={form}
            problems={w.coverProblems}
            onChange={(patch) => {
              w.setForm((f) => ({ ...f, ...patch }));
              if (patch.locale) onLocale(patch.locale);
            }}
          />
        ) : null}
        {step === 2 ? (
          <SentencePicker
            {...w.sentence}
            locale={form.locale}
            bookName={form.nickname}
            input={form.ageMode === 'young' ? 'pictures' : 'typing'}
          />
        ) : null}
        {step === 3 ? (
          <RecoveryCodeStep
            code={w.code}
            bookName={form.nickname.trim()}
            createdAt={new Date()}
            confirmed={confirmed}
            onConfirmed={w.setConfirmed}
          />
        ) : null}
        {busy ? <p role="status">{t('create.creating')}</p> : null}
        {w.error ? <Notice tone="error">{w.error}</Notice> : null}
        <CreateBookActions
          step={step}
          busy={busy}
          confirmed={confirmed}
          onBack={() => {
            w.setStep(1);
          }}
        />
      </form>
    </div>
  );
}
