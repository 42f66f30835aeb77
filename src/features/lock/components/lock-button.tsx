import { useTranslation } from 'react-i18next';

import { NavIcon } from '@/components';

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
      <NavIcon name="lock" />
      {/* On a phone only the padlock shows (book-layout.css); the words stay its name. */}
      <span className="lock-button-text">{t('lock.lockNow')}</span>
    </button>
  );
}
