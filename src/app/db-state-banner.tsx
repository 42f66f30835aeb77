import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '@/components';
import { Notice } from '@/components';
import { hasUnsavedWork } from '@/components';
import { getDbState, subscribeDbState } from '@/db';

import { allowUnload } from './unload-guard';

export interface DbStateBannerProps {
  /** Reloads the page; replaceable in tests, where jsdom cannot navigate. */
  reload?: () => void;
}

function reloadPage(): void {
  // Decided here (at once when nothing is lost, or after saying so): no second question.
  allowUnload();
  window.location.reload();
}

function decide(): 'reload' | 'ask' {
  return hasUnsavedWork() ? 'ask' : 'reload';
}

/**
 * Says plainly when this tab must not or cannot write: newer data, a newer tab, or no storage.
 * When a newer build has taken the database over, this tab can never write again: it reloads
 * at once if that loses nothing, and otherwise asks, so unsaved text can be copied first.
 */
export function DbStateBanner({ reload = reloadPage }: DbStateBannerProps) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeDbState, getDbState);
  // Decided once, at the moment the database is taken over: nothing can be saved after that.
  const [decision, setDecision] = useState<'reload' | 'ask' | undefined>(() =>
    getDbState() === 'replaced' ? decide() : undefined,
  );

  useEffect(
    () =>
      subscribeDbState(() => {
        if (getDbState() !== 'replaced') return;
        const now = decide();
        setDecision((d) => d ?? now);
      }),
    [],
  );

  useEffect(() => {
    if (decision === 'reload') reload();
  }, [decision, reload]);

  const reloadButton = <Button onClick={reload}>{t('app.reload')}</Button>;
  if (state === 'newer-data') return <Notice tone="warning">{t('app.newerData')}</Notice>;
  if (state === 'replaced') {
    return decision === 'ask' ? (
      <Notice tone="warning" actions={reloadButton}>
        {t('app.replacedUnsaved')}
      </Notice>
    ) : (
      <Notice tone="info">{t('app.replacedReloading')}</Notice>
    );
  }
  if (state === 'failed')
    return (
      <Notice tone="error" actions={reloadButton}>
        {t('app.dbFailed')}
      </Notice>
    );
  return null;
}
