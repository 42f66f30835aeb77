import { useState } from 'react';

import { proposeSentence } from '@/components';
import { generateRecoveryCode } from '@/crypto';
import type { Locale } from '@/domain';
import { useSentenceChoice } from '@/hooks';

import { AVATARS, COLOURS } from '../lib/cover-choices';
import { readCoverForm, type CoverForm, type CoverResult } from '../lib/cover-form';
import { useCreateBook } from './use-create-book';

export type WizardStep = 1 | 2 | 3;

function emptyCover(locale: Locale): CoverForm {
  return {
    nickname: '',
    emoji: AVATARS[0].emoji,
    colour: COLOURS[0],
    birthYear: '',
    birthMonth: '',
    birthDay: '',
    ageMode: 'middle',
    locale,
  };
}

/**
 * The create-book wizard's state: the cover (step 1), the secret sentence (step 2, which stores
 * the book) and the recovery code the user confirms keeping (step 3).
 */
export function useCreateBookWizard(locale: Locale) {
  const [step, setStep] = useState<WizardStep>(1);
  const [form, setForm] = useState<CoverForm>(() => emptyCover(locale));
  const [coverProblems, setCoverProblems] = useState<CoverResult['problems']>({});
  const secret = useSentenceChoice(proposeSentence);
  const [code] = useState(generateRecoveryCode);
  const { busy, error, bookId, create } = useCreateBook();
  const [confirmed, setConfirmed] = useState(false);

  const submitCover = () => {
    const result = readCoverForm(form);
    setCoverProblems(result.problems);
    if (result.cover) setStep(2);
  };

  const submitSentence = async () => {
    if (!secret.check(form.nickname)) return;
    const result = readCoverForm(form);
    if (!result.cover) {
      setStep(1);
      return;
    }
    const details = result.birthDate ? { birthDate: result.birthDate } : {};
    await create(
      { cover: result.cover, details, sentence: secret.sentence, recoveryCode: code },
      () => {
        setStep(3);
      },
    );
  };

  return {
    step,
    setStep,
    form,
    setForm,
    coverProblems,
    submitCover,
    sentence: secret.picker,
    submitSentence,
    code,
    confirmed,
    setConfirmed,
    busy,
    error,
    bookId,
  };
}
