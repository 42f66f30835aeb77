import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

import { ActionButtons, Notice, type Action, type NoticeProps } from '@/components';
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

  // While something is unsaved it asks first; "wait" goes back to the offer.
  const offer: { tone: NoticeProps['tone']; text: string; actions: Action[] } = asking
    ? {
        tone: 'warning',
        text: t('guards.update.unsaved'),
        actions: [
          {
            label: t('guards.update.wait'),
            onClick: () => {
              setAsking(false);
            },
          },
          { label: t('guards.update.updateAnyway'), variant: 'secondary', onClick: update },
        ],
      }
    : {
        tone: 'info',
        text: t('app.updateAvailable'),
        actions: [
          {
            label: t('app.updateNow'),
            onClick: () => {
              if (hasUnsavedWork()) setAsking(true);
              else update();
            },
          },
          {
            label: t('app.later'),
            variant: 'quiet',
            onClick: () => {
              setNeedRefresh(false);
            },
          },
        ],
      };

  return (
    <Notice tone={offer.tone} actions={<ActionButtons actions={offer.actions} />}>
      {offer.text}
    </Notice>
  );
}
