import { useTranslation } from 'react-i18next';

import { NavIcon, ToggleButtons, type ValueProps } from '@/components';
import type { KindCounts, KindFilter } from '../lib/kind-filter';

/**
 * "Alle, Billeder, Tegninger, Lyd, Video, Papirer": one tap shows one kind, so a child finds her
 * drawings or her mum's letter without scrolling through every photo. Each chip says how many.
 */
export function KindChips({
  chips,
  counts,
  ...choice
}: ValueProps<KindFilter> & { chips: KindFilter[]; counts: KindCounts }) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <ToggleButtons
      {...choice}
      label={t('gallery.chips.label')}
      className="kind-chips"
      buttonClassName="chip kind-chip"
      options={chips}
    >
      {(chip) => (
        <>
          {chip === 'all' ? null : <NavIcon name={chip === 'photo' ? 'photos' : chip} />}
          {t(`gallery.chips.${chip}`)}
          <span className="kind-chip-count">{counts[chip]}</span>
        </>
      )}
    </ToggleButtons>
  );
}
