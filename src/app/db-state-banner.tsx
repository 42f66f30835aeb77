import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../components/button';
import { Notice } from '../components/notice';
import { getDbState, subscribeDbState } from '../db';

/** Says plainly when this tab must not or cannot write: newer data, a newer tab, or no storage. */
export function DbStateBanner() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeDbState, getDbState);
  const reload = (
    <Button
      onClick={() => {
        window.location.reload();
      }}
    >
      {t('app.reload')}
    </Button>
  );
  if (state === 'newer-data') return <Notice tone="warning">{t('app.newerData')}</Notice>;
  if (state === 'replaced')
    return (
      <Notice tone="warning" actions={reload}>
        {t('app.replaced')}
      </Notice>
    );
  if (state === 'failed')
    return (
      <Notice tone="error" actions={reload}>
        {t('app.dbFailed')}
      </Notice>
    );
  return null;
}
