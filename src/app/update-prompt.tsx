import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

import { Button } from '@/components';
import { Notice } from '@/components';
import { hasUnsavedWork } from '@/components';

import { allowUnload } from './unload-guard';
import { checkForUpdatesWhenVisible } from './update-check';

/**
 * Registers the service worker and offers a new version when one is waiting. Updating reloads
 * the page, so while something is unsaved or running it asks first.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const stopChecking = useRef<(() => void) | undefined>(undefined);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      stopChecking.current?.();
      stopChecking.current = registration ? checkForUpdatesWhenVisible(registration) : undefined;
    },
  });
  const [asking, setAsking] = useState(false);

  useEffect(
    () => () => {
      stopChecking.current?.();
    },
    [],
  );

  if (!needRefresh) return null;

  const update = () => {
    allowUnload();
    void updateServiceWorker(true);
  };

  if (asking) {
    return (
      <Notice
        tone="warning"
        actions={
          <>
            <Button
              onClick={() => {
                setAsking(false);
              }}
            >
              {t('guards.update.wait')}
            </Button>
            <Button variant="secondary" onClick={update}>
              {t('guards.update.updateAnyway')}
            </Button>
          </>
        }
      >
        {t('guards.update.unsaved')}
      </Notice>
    );
  }

  return (
    <Notice
      actions={
        <>
          <Button
            onClick={() => {
              if (hasUnsavedWork()) setAsking(true);
              else update();
            }}
          >
            {t('app.updateNow')}
          </Button>
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
