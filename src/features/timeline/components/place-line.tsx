import { useTranslation } from 'react-i18next';

import { SecretAddress } from '@/components';
import type { Entry } from '@/domain';

/**
 * The place of an entry. A secret address shows as dots until "Vis" is pressed (SecretAddress),
 * on the timeline's cards, the entry's page and the lists of homes alike.
 */
export function PlaceLine({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  if (!entry.place) return null;
  if (entry.protected) {
    return (
      <p className="entry-place entry-place-protected">
        <SecretAddress address={entry.place} />
      </p>
    );
  }
  return (
    <p className="entry-place">
      <span className="visually-hidden">{t('timeline.place')}: </span>
      {entry.place}
    </p>
  );
}
