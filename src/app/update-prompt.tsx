import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

import { Button } from '../components/button';
import { Notice } from '../components/notice';

/** Registers the service worker and offers a new version when one is waiting. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <Notice
      actions={
        <>
          <Button onClick={() => void updateServiceWorker(true)}>{t('app.updateNow')}</Button>
          <Button
            variant="quiet"
            onClick={() => {
              setNeedRefresh(false);
            }}
          >
            {t('app.later')}
          </Button>
        </>
      }
    >
      {t('app.updateAvailable')}
    </Notice>
  );
}
