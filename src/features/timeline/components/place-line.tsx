import { useTranslation } from 'react-i18next';

import type { Entry } from '@/domain';

/** The place of an entry; a secret address carries a lock so no one reads it out by mistake. */
export function PlaceLine({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (!entry.place) return null;
  return (
    <p className={entry.protected ? 'entry-place entry-place-protected' : 'entry-place'}>
      {entry.protected ? (
        <>
          <span aria-hidden="true">🔒 </span>
          <strong>{t('timeline.protectedPlace')}:</strong>{' '}
        </>
      ) : (
        <span className="visually-hidden">{t('timeline.place')}: </span>
      )}
      {entry.place}
    </p>
  );
}
