import { useTranslation } from 'react-i18next';

import { IconLabelButton } from '@/components';

import { lockEverywhere } from '../lib/lock-channel';

export function LockButton({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <IconLabelButton
      icon="lock"
      label={t('lock.lockNow')}
      className="lock-button"
      textClassName="lock-button-text"
      onClick={() => {
        lockEverywhere(bookId);
      }}
    />
  );
}
