import { useTranslation } from 'react-i18next';

import { LabelledSection, useByteText } from '@/components';
import { useStorageStatus } from '../hooks/use-settings-data';

export function StorageSettings() {
  const { t } = useTranslation();
  const bytes = useByteText();
  const status = useStorageStatus();
  if (!status) return null;
  return (
    <LabelledSection title={t('settings.storageSection')}>
      <p data-testid="persisted">
        {status.persisted === true
          ? t('settings.persisted')
          : status.persisted === false
            ? t('settings.notPersisted')
            : t('settings.persistUnknown')}
      </p>
      <p>
        {status.usage !== undefined && status.quota !== undefined
          ? t('settings.usage', {
              used: bytes(status.usage),
              free: bytes(Math.max(0, status.quota - status.usage)),
            })
          : t('settings.usageUnknown')}
      </p>
    </LabelledSection>
  );
}
