import { useTranslation } from 'react-i18next';

import { lockEverywhere } from '../lib/lock-channel';

export function LockButton({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-secondary lock-button"
      onClick={() => {
        lockEverywhere(bookId);
      }}
    >
      <span aria-hidden="true">🔒 </span>
      {t('lock.lockNow')}
    </button>
  );
}
