import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { NavIcon } from './nav-icon';

/**
 * A secret address shows as dots until someone taps "Vis": on a shared tablet, or a phone held
 * up in class, the child decides when it is on the screen. The address is not in the page at all
 * until then (not merely hidden), so neither a screen reader nor find-in-page gives it away.
 */
export function SecretAddress({ address, className }: { address: string; className?: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <span className={['secret-address', className].filter(Boolean).join(' ')}>
      <span className="secret-address-label">
        <NavIcon name="lock" /> {t('layout.secretAddress.label')}:
      </span>{' '}
      <span id={id} className="secret-address-value">
        {shown ? (
          address
        ) : (
          <span aria-label={t('layout.secretAddress.hidden')} role="img">
            ••••
          </span>
        )}
      </span>{' '}
      <button
        type="button"
        className="btn btn-quiet secret-address-toggle"
        aria-controls={id}
        aria-expanded={shown}
        aria-label={
          shown ? t('layout.secretAddress.hideLabel') : t('layout.secretAddress.showLabel')
        }
        onClick={() => {
          setShown((s) => !s);
        }}
      >
        {shown ? t('layout.secretAddress.hide') : t('layout.secretAddress.show')}
      </button>
    </span>
  );
}
