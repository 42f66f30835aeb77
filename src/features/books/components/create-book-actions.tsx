import { useTranslation } from 'react-i18next';

import { Button } from '@/components';

export interface CreateBookActionsProps {
  step: 1 | 2 | 3;
  busy: boolean;
  /** The recovery code has been kept: only then does the last step open the book. */
  confirmed: boolean;
  onBack: () => void;
}

/** The wizard's buttons: Back on the sentence step, then Next, or Open the book at the end. */
export function CreateBookActions({ step, busy, confirmed, onBack }: CreateBookActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      {step === 2 && !busy ? (
        <Button variant="quiet" onClick={onBack}>
          {t('app.back')}
        </Button>
      ) : null}
      <Button type="submit" busy={busy} disabled={step === 3 && !confirmed}>
        {step === 3 ? t('recovery.openBook') : t('app.next')}
      </Button>
    </div>
  );
}
