import { useTranslation } from 'react-i18next';

import { lockBook } from '../../../db';

export function LockButton({ bookId }: { bookId: string }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-secondary lock-button"
      onClick={() => {
        lockBook(bookId, { keepPin: true });
      }}
    >
      <span aria-hidden="true">🔒 </span>
      {t('lock.lockNow')}
    </button>
  );
}
