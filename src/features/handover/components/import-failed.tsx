import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useByteText } from '@/components';
import { useErrorText } from '@/components';
import { StorageError } from '@/db';
import { handoverDa } from '@/i18n';
import { failureCode } from '../hooks/use-bundle-import';
import { HandoverFailure } from '../lib/worker-channel';

type HandoverErrorCode = keyof typeof handoverDa.errors;

function isHandoverErrorCode(code: string | undefined): code is HandoverErrorCode {
  return code !== undefined && Object.hasOwn(handoverDa.errors, code);
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
  // A bundle or worker code has its own sentence; storage errors (a full disk) have theirs; a
  // pack too big for the free space says how much it needs and how much there is.
  const space = error instanceof HandoverFailure ? error.space : undefined;
  const reason = space
    ? t('packMedia.notEnoughSpace', { needed: bytes(space.needed), free: bytes(space.free) })
    : isHandoverErrorCode(code)
      ? t(`handover.errors.${code}`)
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
            <Button onClick={onRetry}>{t('handoverImport.failed.tryAgain')}</Button>
          ) : null}
          <Button variant={canRetry ? 'secondary' : 'primary'} onClick={onOtherFile}>
            {t('handoverImport.failed.otherFile')}
          </Button>
        </>
      }
    >
      <p>{reason}</p>
      <p>{t('handoverImport.failed.nothingChanged')}</p>
    </Notice>
  );
}
