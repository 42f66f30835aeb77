import { useTranslation } from 'react-i18next';

import { Button } from '@/components';

import type { UnlockMode } from '../lib/unlock-message';

export interface LockAlternativesProps {
  mode: UnlockMode;
  hasPin: boolean;
  onSwitch: (mode: UnlockMode) => void;
}

/** The other ways in: the sentence, the recovery code (the sentence forgotten), the PIN. */
export function LockAlternatives({ mode, hasPin, onSwitch }: LockAlternativesProps) {
  const { t } = useTranslation();
  const others: { mode: UnlockMode; label: string }[] = [
    ...(mode !== 'sentence' ? [{ mode: 'sentence' as const, label: t('lock.useSentence') }] : []),
    ...(mode !== 'recovery' ? [{ mode: 'recovery' as const, label: t('lock.useRecovery') }] : []),
    ...(mode !== 'pin' && hasPin ? [{ mode: 'pin' as const, label: t('lock.usePin') }] : []),
  ];
  return (
    <div className="actions">
      {others.map((o) => (
        <Button
          key={o.mode}
          variant="quiet"
          onClick={() => {
            onSwitch(o.mode);
          }}
        >
          {o.label}
        </Button>
      ))}
    </div>
  );
}
