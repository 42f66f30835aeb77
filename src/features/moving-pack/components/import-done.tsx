import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { RecoveryCodeStep } from '@/components';
import { fillMissingPosters } from '@/media/fill-missing-posters';
import type { RefusedPhoto } from '@/pack';
import type { DoneTarget } from '../hooks/use-pack-import';
import { useImportTargets } from '../hooks/use-import-targets';
import type { ImportOutcome } from '../lib/import-client';

import { ImportDifferences } from './import-differences';
import { RefusedPhotos } from './refused-photos';

const ADDED = ['entries', 'people', 'photos', 'snapshots'] as const;

/**
 * The report: what came in, what was already there, what differs (the device's version kept).
 * A new book's recovery code is shown here once, as in the create wizard, and must be confirmed
 * before the book opens.
 */
export function ImportDone({
  target,
  outcome,
  fallbackName,
  refused = [],
  onOpen,
  onAnother,
}: {
  target: DoneTarget;
  outcome: ImportOutcome;
  /** The pack's photos that stayed out (named again after the import, as before it). */
  refused?: readonly RefusedPhoto[];
  /** The pack's book name, until the book list has loaded. */
  fallbackName: string;
  onOpen: () => void;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const books = useImportTargets();
  const [confirmed, setConfirmed] = useState(false);
  const [createdAt] = useState(() => new Date());
  const { summary } = outcome;
  const bookId = outcome.bookId;
  useEffect(() => {
    // The pack's videos came in without posters (the import worker has no player): drawn now,
    // in the background; one this browser cannot play keeps its icon.
    fillMissingPosters(bookId).catch(() => {
      // Nothing is lost: the photos page tries again when it opens.
    });
  }, [bookId]);
  const name = books?.find((b) => b.id === outcome.bookId)?.cover.nickname ?? fallbackName;
  // The recovery code is shown only here: both ways on wait until it is written down.
  const mustConfirm = target.kind === 'new' && !confirmed;
  const added = ADDED.filter((kind) => summary.added[kind] > 0);

  return (
    <div className="pack-done">
      <Notice tone="success">
        {target.kind === 'new'
          ? t('packImport.done.newBook', { name })
          : t('packImport.done.merged', { name })}
      </Notice>
      <h3>{t('packImport.done.addedHeading')}</h3>
      {added.length === 0 ? (
        <p>{t('packImport.done.addedNothing')}</p>
      ) : (
        <ul>
          {added.map((kind) => (
            <li key={kind}>{t(`counts.${kind}`, { count: summary.added[kind] })}</li>
          ))}
        </ul>
      )}
      {summary.same > 0 ? <p>{t('packImport.done.same', { count: summary.same })}</p> : null}
      {summary.duplicatePhotos > 0 ? (
        <p>{t('packImport.done.duplicatePhotos', { count: summary.duplicatePhotos })}</p>
      ) : null}
      <ImportDifferences differ={summary.differ} />
      <RefusedPhotos photos={refused} />
      {target.kind === 'new' ? (
        <>
          <RecoveryCodeStep
            code={target.recoveryCode}
            bookName={name}
            createdAt={createdAt}
            confirmed={confirmed}
            onConfirmed={setConfirmed}
          />
        </>
      ) : null}
      <div className="actions">
        <Button onClick={onOpen} disabled={mustConfirm}>
          {t('packImport.done.openBook')}
        </Button>
        <Button variant="quiet" onClick={onAnother} disabled={mustConfirm}>
          {t('packImport.done.another')}
        </Button>
      </div>
    </div>
  );
}
