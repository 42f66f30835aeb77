import { useTranslation } from 'react-i18next';

import { Button } from '@/components';

import type { UnlockMode } from '../lib/unlock-message';

/** Every way in, in the order they are offered, with the words of its button. */
const WAYS = [
  { mode: 'sentence', label: 'lock.useSentence' },
  { mode: 'recovery', label: 'lock.useRecovery' },
  { mode: 'pin', label: 'lock.usePin' },
] as const satisfies readonly { mode: UnlockMode; label: string }[];

export interface LockAlternativesProps {
  mode: UnlockMode;
  hasPin: boolean;
  onSwitch: (mode: UnlockMode) => void;
}

/** The other ways in: the sentence, the recovery code (the sentence forgotten), the PIN. */
export function LockAlternatives({ mode, hasPin, onSwitch }: LockAlternativesProps) {
  const { t } = useTranslation();
  // The way in use is not offered again, and the PIN only where one is set.
  const others = WAYS.filter((w) => w.mode !== mode && (w.mode !== 'pin' || hasPin));
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
          {t(o.label)}
        </Button>
      ))}
    </div>
  );
}
