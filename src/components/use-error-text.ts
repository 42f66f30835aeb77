import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { StorageError } from '@/db';

/** A translated sentence for any error a storage call can throw. */
export function useErrorText(): (e: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (e: unknown) => (e instanceof StorageError ? t(`errors.${e.code}`) : t('errors.unknown')),
    [t],
  );
}
