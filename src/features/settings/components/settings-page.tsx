import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useSettingsBook } from '../hooks/use-settings-data';

import { CoverSettings } from './cover-settings';
import { DeleteBook } from './delete-book';
import { LockSettings } from './lock-settings';
import { SecretSettings } from './secret-settings';
import { StorageSettings } from './storage-settings';

export function SettingsPage() {
  const { t } = useTranslation();
  const { bookId = '' } = useParams();
  const { summary, details } = useSettingsBook(bookId);
  if (!summary || !details) return <p role="status">{t('app.loading')}</p>;
  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <CoverSettings key={summary.id} book={summary} />
      <LockSettings bookId={bookId} autoLockMinutes={details.autoLockMinutes} />
      <SecretSettings
        bookId={bookId}
        name={summary.cover.nickname}
        locale={summary.cover.locale}
        input={summary.cover.ageMode === 'young' ? 'pictures' : 'typing'}
      />
      <StorageSettings />
      <DeleteBook bookId={bookId} name={summary.cover.nickname} />
      <p>
        <Link to="/licences">{t('licences.link')}</Link>
      </p>
    </div>
  );
}
