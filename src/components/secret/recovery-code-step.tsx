import { useTranslation } from 'react-i18next';

import { CheckField } from '../check-field';

import { RecoveryCodeSheet } from './recovery-code-sheet';

export interface RecoveryCodeStepProps {
  code: string;
  bookName: string;
  createdAt: Date;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}

/** The recovery code, and the box the user ticks once it is written down or printed. */
export function RecoveryCodeStep({
  code,
  bookName,
  createdAt,
  confirmed,
  onConfirmed,
}: RecoveryCodeStepProps) {
  const { t } = useTranslation();
  return (
    <>
      <RecoveryCodeSheet code={code} bookName={bookName} createdAt={createdAt} />
      <CheckField label={t('recovery.confirm')} checked={confirmed} onChange={onConfirmed} />
    </>
  );
}
