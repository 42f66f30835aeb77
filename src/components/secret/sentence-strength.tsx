import { useTranslation } from 'react-i18next';

import { STRENGTH_OK_BITS, STRENGTH_STRONG_BITS, estimateStrength } from '@/crypto';

/** How strong the sentence is, as a meter and in words. */
export function SentenceStrength({ sentence, bookName }: { sentence: string; bookName?: string }) {
  const { t } = useTranslation();
  const strength = estimateStrength(sentence, bookName === undefined ? {} : { bookName });
  const levelText = {
    // Below the floor the sentence is refused, and the meter says so.
    weak: t('secret.tooWeakLevel'),
    ok: t('sentence.strengthOk'),
    strong: t('sentence.strengthStrong'),
  }[strength.level];
  return (
    <div className={`strength strength-${strength.level}`}>
      <meter
        min={0}
        max={STRENGTH_STRONG_BITS + 16}
        low={STRENGTH_OK_BITS}
        high={STRENGTH_STRONG_BITS}
        optimum={STRENGTH_STRONG_BITS + 16}
        value={Math.min(STRENGTH_STRONG_BITS + 16, strength.bits)}
        aria-label={t('sentence.strength', { level: levelText })}
      />
      <span aria-hidden="true">{t('sentence.strength', { level: levelText })}</span>
    </div>
  );
}
