import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useErrorText } from '@/components';
import { StorageError } from '@/db';
import type { Resources } from '@/i18n';
import { PackFailure } from '../lib/worker-channel';

type PackCode = keyof Resources['pack']['errors'];

/** A translated sentence for any export or import failure: a pack check, a worker, storage. */
export function usePackErrorText(fallback: PackCode): (e: unknown) => string {
  const { t } = useTranslation();
  const storageText = useErrorText();
  return useCallback(
    (e: unknown) => {
      if (e instanceof StorageError) return storageText(e);
      if (e instanceof PackFailure) {
        const known = t('pack.errors', { returnObjects: true });
        if (Object.hasOwn(known, e.code)) return t(`pack.errors.${e.code as PackCode}`);
      }
      return t(`pack.errors.${fallback}`);
    },
    [t, storageText, fallback],
  );
}

export function isCancelled(e: unknown): boolean {
  return e instanceof PackFailure && e.code === 'cancelled';
}
