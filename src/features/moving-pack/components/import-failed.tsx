import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useByteText } from '@/components';
import { useErrorText } from '@/components';
import { StorageError } from '@/db';
import { packDa } from '@/i18n';
import { failureCode } from '../hooks/use-pack-import';
import { PackFailure } from '../lib/worker-channel';

type PackErrorCode = keyof typeof packDa.errors;

function isPackErrorCode(code: string | undefined): code is PackErrorCode {
  return code !== undefined && Object.hasOwn(packDa.errors, code);
}

/** Why the pack was refused or the import stopped, in words; and that nothing was changed. */
export function ImportFailed({
  error,
  canRetry,
  onRetry,
  onOtherFile,
}: {
  error: unknown;
  /** The pack itself passed its check: the import can be tried again (e.g. after making room). */
  canRetry: boolean;
  onRetry: () => void;
  onOtherFile: () => void;
}) {
  const { t } = useTranslation();
  const storageText = useErrorText();
  const bytes = useByteText();
  const code = failureCode(error);
  // A pack or worker code has its own sentence; storage errors (a full disk) have theirs; a
  // pack too big for the free space says how much it needs and how much there is.
  const space = error instanceof PackFailure ? error.space : undefined;
  const reason = space
    ? t('packMedia.notEnoughSpace', { needed: bytes(space.needed), free: bytes(space.free) })
    : isPackErrorCode(code)
      ? t(`pack.errors.${code}`)
      : storageText(error);
  // Ids of another book can never be merged: "try again" would fail the same way. Back to the
  // choice of target instead, where a new book always works.
  const foreign = error instanceof StorageError && error.code === 'foreign-ids';
  return (
    <Notice
      tone="error"
      actions={
        <>
          {canRetry && foreign ? (
            <Button onClick={onRetry}>{t('guards.importAsNew')}</Button>
          ) : null}
          {canRetry && !foreign ? (
            <Button onClick={onRetry}>{t('packImport.failed.tryAgain')}</Button>
          ) : null}
          <Button variant={canRetry ? 'secondary' : 'primary'} onClick={onOtherFile}>
            {t('packImport.failed.otherFile')}
          </Button>
        </>
      }
    >
      <p>{reason}</p>
      <p>{t('packImport.failed.nothingChanged')}</p>
    </Notice>
  );
}
