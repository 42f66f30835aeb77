import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { formatBytes } from '@/domain';

/** A size in the reader's language and units ("3,2 MB"). */
export function useByteText(): (n: number) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (n: number) => {
      const b = formatBytes(n, i18n.language);
      return t(`units.${b.unit}`, { value: b.value });
    },
    [t, i18n.language],
  );
}
