import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Button } from '@/components';
import { Notice } from '@/components';
import { useErrorText } from '@/components';
import { dismissImport } from '@/db';
import { useInterruptedPackImports } from '../hooks/use-interrupted-pack-imports';

/**
 * Shown above every page when bringing in a moving pack was cut off (the tab or the browser
 * died). The commit is one transaction, so nothing of the pack was saved: the child may try
 * again, or just close the message. Both forget the note.
 */
export function InterruptedPackImport() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const journals = useInterruptedPackImports();
  const [gone, setGone] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<unknown>();
  const open = journals?.filter((j) => !gone.has(j.id)) ?? [];
  if (open.length === 0) return null;

  const forget = async () => {
    const ids = open.map((j) => j.id);
    // Hidden at once (the user has read it); the live query follows once the notes are gone.
    setGone((before) => new Set([...before, ...ids]));
    setError(undefined);
    try {
      for (const id of ids) await dismissImport(id);
    } catch (e) {
      setGone((before) => new Set([...before].filter((id) => !ids.includes(id))));
      setError(e);
    }
  };

  return (
    <Notice
      tone="warning"
      actions={
        <>
          <Link className="btn btn-secondary" to="/import" onClick={() => void forget()}>
            {t('packImport.interrupted.tryAgain')}
          </Link>
          <Button variant="quiet" onClick={() => void forget()}>
            {t('packImport.interrupted.ok')}
          </Button>
        </>
      }
    >
      <p>{t('packImport.interrupted.text')}</p>
      {error === undefined ? null : <p role="alert">{errorText(error)}</p>}
    </Notice>
  );
}
