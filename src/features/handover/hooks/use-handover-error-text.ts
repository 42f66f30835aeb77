import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText } from '@/components';
import { StorageError } from '@/db';
import type { Resources } from '@/i18n';
import { HandoverFailure } from '../lib/worker-channel';

type HandoverCode = keyof Resources['handover']['errors'];

/** A translated sentence for any export or import failure: a bundle check, a worker, storage. */
export function useHandoverErrorText(fallback: HandoverCode): (e: unknown) => string {
  const { t } = useTranslation();
  const storageText = useErrorText();
  return useCallback(
    (e: unknown) => {
      if (e instanceof StorageError) return storageText(e);
      if (e instanceof HandoverFailure) {
        const known = t('handover.errors', { returnObjects: true });
        if (Object.hasOwn(known, e.code)) return t(`handover.errors.${e.code as HandoverCode}`);
      }
      return t(`handover.errors.${fallback}`);
    },
    [t, storageText, fallback],
  );
}

export function isCancelled(e: unknown): boolean {
  return e instanceof HandoverFailure && e.code === 'cancelled';
}
