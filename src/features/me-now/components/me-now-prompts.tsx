import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button, LabelledSection } from '@/components';
import type { AgeMode } from '@/domain';
import { nextPromptIndex, PROMPT_STEPS, type PromptStep } from '../lib/prompt-steps';

/** Where a step leads on the timeline: memories from "before", dreams from "ahead". */
const STEP_LINK: Partial<
  Record<PromptStep, { kind: string; label: 'writeMemory' | 'writeDream' }>
> = {
  before: { kind: 'memory', label: 'writeMemory' },
  ahead: { kind: 'dream', label: 'writeDream' },
};

/**
 * Gentle questions to talk about together, by age mode, leaning on strengths: now first, then
 * before, then ahead. The note on hard memories says they are welcome, and that pausing is fine.
 */
export function MeNowPrompts({ bookId, ageMode }: { bookId: string; ageMode: AgeMode }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<PromptStep>('now');
  const [index, setIndex] = useState(0);
  const prompts = t(`timeline.meNow.prompts.${ageMode}.${step}`, { returnObjects: true });
  const prompt = prompts[index % prompts.length] ?? '';
  const link = STEP_LINK[step];

  return (
    <LabelledSection title={t('timeline.meNow.promptsTitle')} className="me-now-prompts">
      <p>{t('timeline.meNow.promptsIntro')}</p>
      <div className="prompt-steps" role="group" aria-label={t('timeline.meNow.promptsTitle')}>
        {PROMPT_STEPS.map((s) => (
          <Button
            key={s}
            variant="quiet"
            aria-pressed={s === step}
            onClick={() => {
              setStep(s);
              setIndex(0);
            }}
          >
            {t(`timeline.meNow.steps.${s}`)}
          </Button>
        ))}
      </div>
      <p className="prompt" aria-live="polite">
        <span className="visually-hidden">
          {t('timeline.meNow.stepLabel', { step: t(`timeline.meNow.steps.${step}`) })}:{' '}
        </span>
        {prompt}
      </p>
      <div className="actions">
        <Button
          variant="secondary"
          onClick={() => {
            setIndex((i) => nextPromptIndex(i, prompts.length));
          }}
        >
          {t('timeline.meNow.nextPrompt')}
        </Button>
        {link ? (
          <Link
            className="btn btn-secondary"
            to={`/book/${encodeURIComponent(bookId)}/timeline/new?kind=${link.kind}`}
          >
            {t(`timeline.meNow.${link.label}`)}
          </Link>
        ) : null}
      </div>
      {step === 'before' ? <p className="field-hint">{t('timeline.meNow.hardMemories')}</p> : null}
    </LabelledSection>
  );
}
